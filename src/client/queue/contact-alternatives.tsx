import { useTranslation } from 'react-i18next'
import { AppointmentPicker } from './appointment-picker'
import { CallbackForm } from './callback-form'

/**
 * What the citizen can do when nobody of the department is on duty: ask for a call back, or book a
 * time. Both are stored and shown to the department's clerks.
 */
export function ContactAlternatives({
  hallId,
  departmentId,
  departmentName,
  serviceId,
}: {
  hallId: string
  departmentId: string
  departmentName: string
  serviceId?: string
}) {
  const { t } = useTranslation('queue')
  const target = { hallId, departmentId, ...(serviceId ? { serviceId } : {}) }
  return (
    <div className="contact-alternatives" data-testid="no-clerk">
      <h3 className="no-clerk-heading">{t('noClerkHeading')}</h3>
      <p>{t('noClerkIntro')}</p>
      <CallbackForm target={target} />
      <AppointmentPicker target={target} departmentName={departmentName} />
    </div>
  )
}
