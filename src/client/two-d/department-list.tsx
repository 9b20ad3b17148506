import type { MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { DepartmentViewModel } from '../panels/station-view-model'
import { twoDHref } from './two-d-location'

/** Every department as a link that opens it, with its counters and how many services it has. */
export function DepartmentList({
  departments,
  selectedId,
  hallId,
  onFollow,
}: {
  departments: DepartmentViewModel[]
  selectedId: string | null
  hallId: string
  onFollow: (event: MouseEvent<HTMLAnchorElement>) => void
}) {
  const { t } = useTranslation('two-d')
  return (
    <section className="department-list" aria-labelledby="departments-heading">
      <h2 id="departments-heading">{t('departments')}</h2>
      <ul>
        {departments.map((department) => (
          <li key={department.id} data-testid="department-item" data-department-id={department.id}>
            <a
              className="department-link"
              href={twoDHref(hallId, department.id)}
              aria-current={department.id === selectedId ? 'true' : undefined}
              style={{ borderInlineStartColor: department.color }}
              onClick={onFollow}
            >
              <span className="department-link-name">{department.name}</span>
              <span className="department-link-meta">
                {t('counters', {
                  numbers: department.counters.map((c) => c.number).join(t('listSeparator')),
                })}
                {' · '}
                {department.serviceCount}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
