import { useCallback, useEffect, useState, type MouseEvent } from 'react'
import { parseTwoDLocation, type TwoDSelection } from './two-d-location'

/** How the current selection came about: the first load (a deep link), a link, or back/forward. */
export type SelectionOrigin = 'load' | 'link' | 'history'

function fromLocation(): TwoDSelection {
  return parseTwoDLocation(window.location.search, window.location.hash)
}

/**
 * The 2D page's selection, kept in the address: links push a history entry without reloading the
 * page, back and forward restore the earlier selection, and every state can be bookmarked.
 * `follow` is the click handler for such a link; modified clicks (new tab) are left to the browser.
 */
export function useTwoDSelection() {
  // `step` counts navigations so following the same link twice still moves focus again.
  const [state, setState] = useState<{ selection: TwoDSelection; origin: SelectionOrigin; step: number }>(
    () => ({
      selection: fromLocation(),
      origin: 'load',
      step: 0,
    }),
  )

  useEffect(() => {
    const onPopState = () =>
      setState((previous) => ({ selection: fromLocation(), origin: 'history', step: previous.step + 1 }))
    window.addEventListener('popstate', onPopState)
    return () => window.removeEventListener('popstate', onPopState)
  }, [])

  const follow = useCallback((event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    window.history.pushState(null, '', event.currentTarget.href)
    setState((previous) => ({ selection: fromLocation(), origin: 'link', step: previous.step + 1 }))
  }, [])

  return { ...state, follow }
}
