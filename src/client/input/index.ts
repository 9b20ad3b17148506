export { DesktopInput, type DesktopInputProps } from './desktop-input'
export { TouchInput, type TouchInputProps } from './touch-input'
export { inputActions, moveIntents } from './actions'
export { wasDrag, DRAG_THRESHOLD_PX } from './drag-guard'
