import { useEffect } from 'react'
import type { ShaderMaterial, DataArrayTexture, WebGLRenderer } from 'three'
import { SIGN_LABELS } from '../../shared/i18n/sign-labels'
import type { HallLayout } from '../../shared/scene'
import { useBoardStore } from '../queue/board-store'
import { boardCells, redrawBoardCells } from './board-redraw'
import { liveQueueBoardRows } from './queue-board-content'
import type { AtlasLayout } from './sign-atlas'
import { SIGN_FONT_STACK } from './sign-font'
import type { SignSpec } from './sign-specs'

/** Counts board redraws, for the automation hook (`queueBoard()`): tests see the 3D board follow. */
export const boardSignState = { redraws: 0, called: [] as string[] }

/**
 * Keeps the queue board screens of the sign atlas on the hall's live board: follows the board store
 * outside React (a store subscription, no re-render) and redraws only the board cells when it changes.
 */
export function useLiveBoardSigns(
  layout: HallLayout,
  specs: readonly SignSpec[],
  atlas: AtlasLayout,
  material: ShaderMaterial | null,
  renderer: WebGLRenderer,
) {
  useEffect(() => {
    const texture = material?.uniforms.atlas?.value as DataArrayTexture | undefined
    const cells = boardCells(specs, atlas)
    if (!texture || cells.length === 0) return
    const stopFollowing = useBoardStore.getState().actions.follow(layout.id)
    let drawn: unknown = null
    const draw = () => {
      const board = useBoardStore.getState().boards[layout.id]
      if (!board || board === drawn) return
      drawn = board
      const content = {
        type: 'board',
        heading: SIGN_LABELS.nowServing,
        rows: liveQueueBoardRows(layout, board),
      } as const
      redrawBoardCells(renderer, texture, cells, atlas.page, content, SIGN_FONT_STACK)
      boardSignState.redraws++
      boardSignState.called = board.called.map((c) => `${c.number}:${c.counterNumber}`)
    }
    draw()
    const unsubscribe = useBoardStore.subscribe(draw)
    return () => {
      unsubscribe()
      stopFollowing()
    }
  }, [layout, specs, atlas, material, renderer])
}
