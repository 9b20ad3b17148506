/** Strings of the DOM overlay on the 3D hall page: counter menu, key help, tooltip. */
export const overlay = {
  zh: {
    goToCounter: '前往窗口',
    counterMenu: '窗口列表',
    counterItem: '{{number}}号窗口 · {{department}}',
    helpTitle: '操作说明',
    helpKeys: 'WASD或方向键行走',
    helpLook: '拖动鼠标环视',
    helpFloor: '点击地面走过去',
    helpCounter: '点击窗口查看服务',
  },
  en: {
    goToCounter: 'Go to counter',
    counterMenu: 'Counters',
    counterItem: 'Counter {{number}} · {{department}}',
    helpTitle: 'How to move',
    helpKeys: 'WASD or arrow keys to walk',
    helpLook: 'drag to look around',
    helpFloor: 'click the floor to walk there',
    helpCounter: 'click a counter to open it',
  },
} as const
