import { useTranslation } from 'react-i18next'
import type { Place } from './places'

/** The hall's facilities and where they are from the entrance. */
export function PlacesList({ places }: { places: Place[] }) {
  const { t } = useTranslation('two-d')
  if (places.length === 0) return null
  return (
    <section className="places" aria-labelledby="places-heading">
      <h2 id="places-heading">{t('places')}</h2>
      <ul>
        {places.map((place) => (
          <li key={place.kind}>
            <strong>{place.name}</strong> · {place.count} · {place.where}
            {place.labels.length > 0 && <> ({place.labels.join(t('listSeparator'))})</>}
          </li>
        ))}
      </ul>
    </section>
  )
}
