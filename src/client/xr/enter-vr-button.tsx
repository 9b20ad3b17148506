import { usePreferencesStore } from '../app/preferences-store'
import { useXrSessionStore } from './xr-session-store'
import { xrT } from './xr-text'

async function enterVr() {
  const { actions } = useXrSessionStore.getState()
  actions.setError(null)
  try {
    // Already loaded with the XR layer: this resolves at once, within the click's user activation.
    const { xrStore } = await import('./xr-store')
    await xrStore.enterVR()
  } catch (error) {
    actions.setError(error instanceof Error ? error.message : String(error))
  }
}

/**
 * The localised "Enter VR" button over the hall canvas, shown only when the browser supports
 * immersive VR and the XR layer is ready; hidden while a session runs.
 */
export function EnterVrButton() {
  const language = usePreferencesStore((s) => s.language)
  const ready = useXrSessionStore((s) => s.supported === true && s.layerReady)
  const presenting = useXrSessionStore((s) => s.presenting)
  const error = useXrSessionStore((s) => s.error)
  if (!ready || presenting) return null
  return (
    <div className="enter-vr" style={{ position: 'absolute', right: 16, bottom: 16, zIndex: 2 }}>
      <button
        type="button"
        className="button button-primary"
        data-testid="enter-vr"
        title={xrT(language, 'enterVrLabel')}
        onClick={() => void enterVr()}
      >
        {xrT(language, 'enterVr')}
      </button>
      {error && (
        <p role="alert" className="enter-vr-error">
          {xrT(language, 'vrFailed', { message: error })}
        </p>
      )}
    </div>
  )
}
