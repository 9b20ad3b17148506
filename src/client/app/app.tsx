import { HallPage } from './hall-page'
import { NotFoundPage } from './not-found-page'
import { hallIdFrom, routeFor } from './route'
import { TwoDPage } from '../two-d/two-d-page'
import { FormPage } from '../forms/form-page'
import { parseApplyPath } from '../forms/apply-route'
import { MePage } from '../account/me-page'
import { ResumePage } from '../account/resume-page'
import { TrackPage } from '../account/track-page'

/**
 * The app root: picks the page from the address once. Links between pages are plain links (full page
 * loads), so each page starts clean and /2d never loads the 3D code.
 */
export function App({ location }: { location: Pick<Location, 'pathname' | 'search'> }) {
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
    case 'not-found':
      return <NotFoundPage />
  }
}
