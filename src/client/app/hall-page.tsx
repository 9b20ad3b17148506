import { Suspense, lazy, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { HallCallMount } from '../counter-call/hall-call-mount'
import { HallLoadError } from '../ui/hall-load-error'
import { HoverTooltip } from '../ui/hover-tooltip'
import { KeyHelp } from '../ui/key-help'
import { LoadingBar } from '../ui/loading-bar'
import { TopBar } from '../ui/top-bar'
import { CanvasErrorBoundary } from './canvas-error-boundary'
import { useLoadingStore } from './loading-store'
import { hallCanvasChunk, stationPanelChunk } from './page-chunks'
import { useStationStore } from './station-store'
import { useChunk } from './use-chunk'
import { pageHref } from './route'
import { useDocumentTitle, useHall, useLanguage } from './use-hall'

/** The code chunk of the 3D hall counts as a loading task, so the bar stays up until it has arrived. */
const HALL_CODE_TASK = 'hall-code'
/** The first drawn frame (shader compiling can take a while after every asset is in). */
const FIRST_FRAME_TASK = 'hall-first-frame'
const READY_POLL_MS = 100
/** How long after the first frame the station panel's code is fetched. */
const STATION_PREFETCH_MS = 2000

/**
 * Keeps the loading bar up until the hall has drawn its first frame, read from the automation hook's
 * `ready` (the one signal the hall already publishes), or until the canvas has failed.
 */
function useFirstFrameTask(canvasFailed: boolean) {
  useEffect(() => {
    const { report } = useLoadingStore.getState().actions
    const ready = () => (window as { __onehall?: { ready?: boolean } }).__onehall?.ready === true
    if (canvasFailed || ready()) {
      report(FIRST_FRAME_TASK, 1, 1)
      return
    }
    report(FIRST_FRAME_TASK, 0, 1)
    const timer = window.setInterval(() => {
      if (!ready()) return
      report(FIRST_FRAME_TASK, 1, 1)
      // Not needed for the first frame; fetched a little later so that opening a counter does not wait
      // for it, without competing with the frames right after the first one.
      window.setTimeout(() => void stationPanelChunk.load().catch(() => undefined), STATION_PREFETCH_MS)
      window.clearInterval(timer)
    }, READY_POLL_MS)
    return () => window.clearInterval(timer)
  }, [canvasFailed])
}

/** Reports the wait for the 3D code chunk to the loading bar. */
function reportHallCode(settled: Promise<unknown>) {
  const { report } = useLoadingStore.getState().actions
  report(HALL_CODE_TASK, 0, 1)
  void settled.finally(() => report(HALL_CODE_TASK, 1, 1))
}

// The 3D canvas, loaded lazily so that /2d never downloads three.js (boot.ts requests it early). Inside
// the canvas error boundary, which also catches a failed download.
const HallCanvasLazy = lazy(() => {
  reportHallCode(hallCanvasChunk.load())
  return hallCanvasChunk.load()
})
function LazyHallCanvas() {
  return (
    <Suspense fallback={null}>
      <HallCanvasLazy />
    </Suspense>
  )
}

/** The station panel's code, loaded once a counter is opened (it is not needed for the first frame). */
function LazyStationPanel() {
  const open = useStationStore((s) => s.selectedCounterId !== null)
  return open ? <StationPanelChunk /> : null
}

function StationPanelChunk() {
  const chunk = useChunk(stationPanelChunk)
  return chunk ? <chunk.StationPanel /> : null
}

/** The 3D hall page: the canvas behind, the DOM overlay (header, loading, station panel, help) in front. */
export function HallPage({ hallId }: { hallId: string }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const hall = useHall(hallId)
  const twoDHref = pageHref('/2d', hallId)
  const [canvasFailed, setCanvasFailed] = useState(false)
  useFirstFrameTask(canvasFailed)
  useDocumentTitle(hall ? `${hall.name[language]} · OneHall` : 'OneHall')

  return (
    <div className="hall-page">
      <TopBar hall={hall} twoDHref={twoDHref} />
      <main id="main" className="hall-main">
        <div className="hall-canvas-layer">
          <CanvasErrorBoundary
            onError={() => setCanvasFailed(true)}
            fallback={
              <div className="message-card canvas-error" role="alert">
                <h2>{t('canvasErrorTitle')}</h2>
                <p>{t('canvasErrorHint')}</p>
                <a className="button button-primary" href={twoDHref}>
                  {t('useTwoDInstead')}
                </a>
              </div>
            }
          >
            <LazyHallCanvas />
          </CanvasErrorBoundary>
        </div>
        <div className="hall-overlay">
          <LoadingBar />
          <HallLoadError twoDHref={twoDHref} />
          <LazyStationPanel />
          <HallCallMount />
          {hall && <HoverTooltip hall={hall} />}
        </div>
      </main>
      <KeyHelp />
    </div>
  )
}
