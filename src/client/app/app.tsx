import { Suspense, lazy } from 'react'
import { NotFoundPage } from './not-found-page'
import { hallPageChunk } from './page-chunks'
import { hallIdFrom, routeFor } from './route'
import { parseApplyPath } from '../forms/apply-route'

// Each page is its own chunk: a visitor downloads only the page they opened, so the 3D hall's first
// frame does not wait for the form pages, and /2d never loads three.js.
// The hall page is usually in memory already (boot.ts requested it): rendered without suspending.
const HallPage = lazy(() => hallPageChunk.load().then((m) => ({ default: m.HallPage })))
const TwoDPage = lazy(() => import('../two-d/two-d-page').then((m) => ({ default: m.TwoDPage })))
const FormPage = lazy(() => import('../forms/form-page').then((m) => ({ default: m.FormPage })))
const ResumePage = lazy(() => import('../account/resume-page').then((m) => ({ default: m.ResumePage })))
const TrackPage = lazy(() => import('../account/track-page').then((m) => ({ default: m.TrackPage })))
const MePage = lazy(() => import('../account/me-page').then((m) => ({ default: m.MePage })))
const CallPage = lazy(() => import('../call/call-page').then((m) => ({ default: m.CallPage })))
const ClerkPage = lazy(() => import('../clerk/clerk-page').then((m) => ({ default: m.ClerkPage })))

function Page({ location }: { location: Pick<Location, 'pathname' | 'search'> }) {
  const hallId = hallIdFrom(location.search)
  switch (routeFor(location.pathname)) {
    case 'hall':
      return <HallPage hallId={hallId} />
    case 'two-d':
      return <TwoDPage hallId={hallId} />
    case 'apply': {
      const initial = parseApplyPath(location.pathname)
      return initial ? <FormPage hallId={hallId} initial={initial} /> : <NotFoundPage />
    }
    case 'resume':
      return <ResumePage hallId={hallId} />
    case 'track':
      return <TrackPage hallId={hallId} search={location.search} />
    case 'me':
      return <MePage hallId={hallId} />
    case 'call':
      return <CallPage hallId={hallId} search={location.search} />
    case 'not-found':
      return <NotFoundPage />
    case 'clerk':
      return <ClerkPage />
  }
}

/**
 * The app root: picks the page from the address once. Links between pages are plain links (full page
 * loads), so each page starts clean.
 */
export function App({ location }: { location: Pick<Location, 'pathname' | 'search'> }) {
  return (
    <Suspense fallback={null}>
      <Page location={location} />
    </Suspense>
  )
}
