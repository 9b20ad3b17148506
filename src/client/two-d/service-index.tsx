import type { MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { DepartmentViewModel } from '../panels/station-view-model'
import { twoDHref } from './two-d-location'

/** Every service of the hall, for visitors who know the matter but not the department. */
export function ServiceIndex({
  departments,
  hallId,
  onFollow,
}: {
  departments: DepartmentViewModel[]
  hallId: string
  onFollow: (event: MouseEvent<HTMLAnchorElement>) => void
}) {
  const { t } = useTranslation('two-d')
  return (
    <section className="service-index" aria-labelledby="all-services-heading">
      <h2 id="all-services-heading">{t('allServices')}</h2>
      <p>{t('allServicesHint')}</p>
      <ul className="service-index-list">
        {departments.flatMap((department) =>
          department.services.map((service) => (
            <li key={service.id} data-testid="service-index-item" data-service-id={service.id}>
              <a href={twoDHref(hallId, department.id, service.id)} onClick={onFollow}>
                {service.name}
              </a>
              <span className="service-index-department"> · {department.name}</span>
            </li>
          )),
        )}
      </ul>
    </section>
  )
}
