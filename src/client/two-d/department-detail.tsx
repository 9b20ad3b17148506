import type { RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { ServiceList } from '../panels/service-list'
import { TicketSection } from '../queue/ticket-section'
import type { DepartmentViewModel, ServiceLabels } from '../panels/station-view-model'

/** The opened department: description, counters and its services (the station panel's service list). */
export function DepartmentDetail({
  department,
  labels,
  expandedServiceId,
  headingRef,
  hallId,
}: {
  hallId: string
  department: DepartmentViewModel
  labels: ServiceLabels
  expandedServiceId: string | null
  headingRef: RefObject<HTMLHeadingElement | null>
}) {
  const { t } = useTranslation('two-d')
  const headingId = `dept-${department.id}-heading`
  return (
    <section
      id={`dept-${department.id}`}
      className="department-detail"
      aria-labelledby={headingId}
      data-testid="department-detail"
      data-department-id={department.id}
      style={{ borderTopColor: department.color }}
    >
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {department.name}
      </h2>
      <p>{department.description}</p>
      <p>{t('counters', { numbers: department.counters.map((c) => c.number).join(t('listSeparator')) })}</p>
      <TicketSection
        key={department.id}
        hallId={hallId}
        departmentId={department.id}
        departmentName={department.name}
        services={department.videoServices}
        after
      >
        <h3>{t('departmentServices', { department: department.name })}</h3>
        <ServiceList
          // A new department or deep-linked service starts with that service opened.
          key={`${department.id}:${expandedServiceId ?? ''}`}
          services={department.services}
          labels={labels}
          headingLevel={4}
          expandedId={expandedServiceId}
        />
      </TicketSection>
    </section>
  )
}
