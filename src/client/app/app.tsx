import { HallPage } from './hall-page'
import { NotFoundPage } from './not-found-page'
import { hallIdFrom, routeFor } from './route'
import { TwoDPage } from '../two-d/two-d-page'

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
    case 'not-found':
      return <NotFoundPage />
  }
}
