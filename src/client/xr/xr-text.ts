import type { Language } from '../../shared/scene/localized'

/** Headset-mode strings in both languages (kept with the XR code; identical keys checked by a test). */
export const xrText = {
  zh: {
    enterVr: '进入VR',
    enterVrLabel: '戴上头显进入大厅',
    degrees: '{{count}}°',
    vrFailed: '无法进入VR：{{message}}',
    comfort: '舒适设置',
    close: '关闭',
    back: '返回服务列表',
    seated: '坐姿模式',
    height: '视角高度',
    higher: '升高',
    lower: '降低',
    recenter: '重置视角',
    snapAngle: '转向角度',
    smoothTurn: '平滑转向',
    teleportOnly: '仅瞬移',
    reducedMotion: '降低动态效果',
    reticleSize: '指针大小',
    on: '开',
    off: '关',
    searchPlaceholder: '搜索服务',
    goToCounter: '前往窗口',
    exitVr: '退出VR',
  },
  en: {
    enterVr: 'Enter VR',
    enterVrLabel: 'Enter the hall with a headset',
    degrees: '{{count}}°',
    vrFailed: 'Could not enter VR: {{message}}',
    comfort: 'Comfort',
    close: 'Close',
    back: 'Back to services',
    seated: 'Seated mode',
    height: 'View height',
    higher: 'Higher',
    lower: 'Lower',
    recenter: 'Reset view',
    snapAngle: 'Snap turn',
    smoothTurn: 'Smooth turn',
    teleportOnly: 'Teleport only',
    reducedMotion: 'Reduced motion',
    reticleSize: 'Pointer size',
    on: 'On',
    off: 'Off',
    searchPlaceholder: 'Search services',
    goToCounter: 'Go to counter',
    exitVr: 'Leave VR',
  },
} as const satisfies Record<Language, Record<string, string>>

export type XrTextKey = keyof (typeof xrText)['en']

/** One string in a language, with `{{name}}` placeholders filled. */
export function xrT(
  language: Language,
  key: XrTextKey,
  values: Record<string, string | number> = {},
): string {
  return xrText[language][key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''))
}
