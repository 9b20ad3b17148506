import { useId, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { ServiceLabels, ServiceViewModel } from './station-view-model'

type HeadingLevel = 3 | 4

/**
 * The services of a department, each a heading with a button that shows or hides its details.
 * Used by the station panel and the 2D mode.
 * @param headingLevel the level of each service's heading, one below the list's own heading
 * @param expandedId a service to show opened at first (a deep link)
 */
export function ServiceList({
  services,
  labels,
  headingLevel,
  expandedId,
}: {
  services: ServiceViewModel[]
  labels: ServiceLabels
  headingLevel: HeadingLevel
  expandedId?: string | null
}) {
  return (
    <ul className="service-list">
      {services.map((service) => (
        <ServiceItem
          key={service.id}
          service={service}
          labels={labels}
          headingLevel={headingLevel}
          initiallyExpanded={service.id === expandedId}
        />
      ))}
    </ul>
  )
}

function Heading({ level, children }: { level: HeadingLevel; children: ReactNode }) {
  return level === 3 ? (
    <h3 className="service-name">{children}</h3>
  ) : (
    <h4 className="service-name">{children}</h4>
  )
}

function ServiceItem({
  service,
  labels,
  headingLevel,
  initiallyExpanded,
}: {
  service: ServiceViewModel
  labels: ServiceLabels
  headingLevel: HeadingLevel
  initiallyExpanded: boolean
}) {
  const { t } = useTranslation('forms')
  const [expanded, setExpanded] = useState(initiallyExpanded)
  const detailsId = useId()
  return (
    <li className="service-item" data-testid="service-item" data-service-id={service.id}>
      <Heading level={headingLevel}>
        <button
          type="button"
          className="service-toggle"
          id={`service-${service.id}`}
          aria-expanded={expanded}
          aria-controls={detailsId}
          onClick={() => setExpanded((value) => !value)}
        >
          <span className="service-toggle-icon" aria-hidden="true" />
          {service.name}
        </button>
      </Heading>
      <p className="service-summary">{service.summary}</p>
      {service.applyHref && (
        <p className="service-apply">
          <a className="button button-primary" href={service.applyHref} data-testid="apply-online">
            {t('applyOnline')}
            <span className="visually-hidden">: {service.name}</span>
          </a>
        </p>
      )}
      <dl id={detailsId} className="service-details" hidden={!expanded}>
        <div>
          <dt>{labels.documents}</dt>
          <dd>
            {service.documents.length > 0 ? (
              <ul>
                {service.documents.map((document) => (
                  <li key={document}>{document}</li>
                ))}
              </ul>
            ) : (
              labels.noDocuments
            )}
          </dd>
        </div>
        <div>
          <dt>{labels.processingTime}</dt>
          <dd>{service.processingTime}</dd>
        </div>
        <div>
          <dt>{labels.fee}</dt>
          <dd>{service.fee}</dd>
        </div>
        <div>
          <dt>{labels.channels}</dt>
          <dd>
            <ul className="channel-list">
              {service.channels.map(({ channel, label }) => (
                <li key={channel} className="channel" data-channel={channel}>
                  {label}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
    </li>
  )
}
