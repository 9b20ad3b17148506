import type { MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'

/** GOV.UK's back link, above the page heading; the answers stay in memory and in the draft. */
export function BackLink({
  href,
  onClick,
}: {
  href: string
  onClick: (event: MouseEvent<HTMLAnchorElement>) => void
}) {
  const { t } = useTranslation('forms')
  return (
    <a className="back-link" href={href} onClick={onClick}>
      {t('back')}
    </a>
  )
}
