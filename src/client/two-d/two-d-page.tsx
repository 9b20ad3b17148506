import { useEffect, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { interpolate, pluralKey } from '../../shared/i18n/interpolate'
import { twoD } from '../../shared/i18n/two-d'
import { useHallDataStore } from '../app/hall-data-store'
import { pageHref } from '../app/route'
import { useDocumentTitle, useHall, useLanguage } from '../app/use-hall'
import { departmentViewModel, serviceLabels, type DepartmentViewModel } from '../panels/station-view-model'
import { QueueBoard } from '../queue/queue-board'
import { HallLoadError } from '../ui/hall-load-error'
import { DepartmentDetail } from './department-detail'
import { DepartmentList } from './department-list'
import { PlacesList } from './places-list'
import { hallPlaces } from './places'
import { ServiceIndex } from './service-index'
import { TwoDHeader } from './two-d-header'
import { resolveTwoDSelection } from './two-d-location'
import { useTwoDSelection } from './use-two-d-selection'

/**
 * The accessible 2D mode: the same hall as plain HTML. Departments open in place (the address keeps the
 * choice, so it can be bookmarked and shared), focus moves to what opened and a live region says so.
 */
export function TwoDPage({ hallId }: { hallId: string }) {
  const { t } = useTranslation('two-d')
  const language = useLanguage()
  const hall = useHall(hallId)
  const status = useHallDataStore((s) => s.status)
  const { selection, origin, step, follow } = useTwoDSelection()
  const headingRef = useRef<HTMLHeadingElement>(null)

  const departments = useMemo(
    () =>
      hall
        ? hall.departments.flatMap((d) => {
            const model = departmentViewModel(hall, d.id, language)
            return model ? [model] : []
          })
        : [],
    [hall, language],
  )
  const resolved = hall ? resolveTwoDSelection(hall, selection) : { departmentId: null, serviceId: null }
  const selected: DepartmentViewModel | undefined = departments.find((d) => d.id === resolved.departmentId)
  const places = useMemo(() => (hall ? hallPlaces(hall, language) : []), [hall, language])

  useDocumentTitle(
    hall
      ? t('pageTitle', { hall: selected ? `${selected.name} · ${hall.name[language]}` : hall.name[language] })
      : 'OneHall',
  )

  // Move focus to what was opened: a deep link on load, a link, back/forward.
  const openedId = selected?.id
  useEffect(() => {
    if (!openedId) return
    const service = resolved.serviceId ? document.getElementById(`service-${resolved.serviceId}`) : null
    ;(service ?? headingRef.current)?.focus()
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a navigation (step) or the hall arriving moves focus
  }, [step, openedId !== undefined])

  // Announce what a link or back/forward opened; a deep link on load needs no announcement.
  const announcement =
    origin !== 'load' && selected
      ? interpolate(twoD[language][pluralKey('opened', selected.services.length, language)], {
          department: selected.name,
          count: selected.services.length,
        })
      : ''

  return (
    <div className="text-page two-d-page">
      <TwoDHeader hallHref={pageHref('/', hallId)} twoDHref={pageHref('/2d', hallId)} />
      <main id="main" className="text-main" tabIndex={-1}>
        <h1>{hall ? hall.name[language] : t('pageTitle', { hall: 'OneHall' })}</h1>
        <p className="lead">{t('intro')}</p>
        <p role="status" className="visually-hidden" data-testid="two-d-announcement">
          {announcement}
        </p>
        {status === 'loading' && <p>{t('loading')}</p>}
        <HallLoadError />
        {hall && (
          <>
            <div className="two-d-layout">
              <DepartmentList
                departments={departments}
                selectedId={selected?.id ?? null}
                hallId={hallId}
                onFollow={follow}
              />
              {selected ? (
                <DepartmentDetail
                  hallId={hallId}
                  department={selected}
                  labels={serviceLabels(language)}
                  expandedServiceId={resolved.serviceId}
                  headingRef={headingRef}
                />
              ) : (
                <p className="choose-hint">{t('chooseDepartment')}</p>
              )}
            </div>
            <QueueBoard hallId={hallId} departments={departments} />
            <ServiceIndex departments={departments} hallId={hallId} onFollow={follow} />
            <PlacesList places={places} />
          </>
        )}
      </main>
    </div>
  )
}
