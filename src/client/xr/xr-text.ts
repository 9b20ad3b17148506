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
    applyInVr: '在VR中办理',
    vrFormIntro: '在VR中填写无需登录。答案会自动保存；需要上传的材料请稍后在2D页面凭恢复码补交。',
    uploadLater: '请稍后在2D页面上传材料：打开 /resume，输入恢复码 {{code}}。',
    uploadsBeforeSubmit:
      '以下材料上传后才能提交。请在2D页面打开 /resume，输入恢复码 {{code}}，上传材料后再提交：',
    fileInVr: '在VR中无法上传文件，请稍后在2D页面凭恢复码补交。',
    resumeCodeLine: '恢复码：{{code}}',
    datePlaceholder: '年-月-日',
    saveAndClose: '保存并关闭',
    declarationBox: '勾选声明',
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
    applyInVr: 'Apply in VR',
    vrFormIntro:
      'You fill this in VR without signing in. Your answers save as you go; attach documents on the 2D page later, with your resume code.',
    uploadLater: 'Attach documents on the 2D page later: open /resume and enter your resume code {{code}}.',
    uploadsBeforeSubmit:
      'These must be attached before the application can be sent. Open /resume on the 2D page, enter your resume code {{code}}, attach them and send it there:',
    fileInVr: 'Files cannot be attached in VR: attach this on the 2D page later, with your resume code.',
    resumeCodeLine: 'Resume code: {{code}}',
    datePlaceholder: 'yyyy-mm-dd',
    saveAndClose: 'Save and close',
    declarationBox: 'Tick the declaration',
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
