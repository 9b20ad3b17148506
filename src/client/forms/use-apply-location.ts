import { useCallback, useEffect, useState, type MouseEvent } from 'react'
import { parseApplyPath, type ApplyLocation } from './apply-route'

export type ApplyNavigation = ApplyLocation & {
  search: URLSearchParams
  /** Counts navigations, so focus moves on each one. */
  step: ApplyLocation['step']
  navigation: number
  /** Goes to an `/apply/...` address inside the page (history entry), or loads any other address. */
  go: (href: string, options?: { replace?: boolean }) => void
  /** An `onClick` for links inside the form: same-page navigation for plain left clicks. */
  onLinkClick: (event: MouseEvent<HTMLAnchorElement>) => void
}

function read(): { location: ApplyLocation | null; search: URLSearchParams } {
  return {
    location: parseApplyPath(window.location.pathname),
    search: new URLSearchParams(window.location.search),
  }
}

/**
 * The form's own address: each step has a real URL (bookmarkable, back/forward work), but moving
 * between steps does not reload the page, so the answers in memory are kept.
 */
export function useApplyLocation(initial: ApplyLocation): ApplyNavigation {
  const [state, setState] = useState(() => ({ ...read(), navigation: 0 }))

  useEffect(() => {
    const onPop = () => setState((s) => ({ ...read(), navigation: s.navigation + 1 }))
    window.addEventListener('popstate', onPop)
    return () => window.removeEventListener('popstate', onPop)
  }, [])

  const go = useCallback((href: string, options: { replace?: boolean } = {}) => {
    const url = new URL(href, window.location.href)
    if (url.origin !== window.location.origin || !parseApplyPath(url.pathname)) {
      window.location.assign(href)
      return
    }
    if (options.replace) window.history.replaceState(null, '', url)
    else window.history.pushState(null, '', url)
    window.scrollTo(0, 0)
    setState((s) => ({ ...read(), navigation: s.navigation + 1 }))
  }, [])

  const onLinkClick = useCallback(
    (event: MouseEvent<HTMLAnchorElement>) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
      const href = event.currentTarget.getAttribute('href')
      if (!href) return
      const url = new URL(href, window.location.href)
      if (url.origin !== window.location.origin || !parseApplyPath(url.pathname)) return
      event.preventDefault()
      go(href)
    },
    [go],
  )

  const location = state.location ?? initial
  return { ...location, search: state.search, navigation: state.navigation, go, onLinkClick }
}
