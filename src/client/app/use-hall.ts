import { useEffect } from 'react'
import { useHallDataStore } from './hall-data-store'
import { usePreferencesStore } from './preferences-store'

/** Loads the hall on mount and returns it (null until ready). */
export function useHall(hallId: string) {
  const { load } = useHallDataStore((s) => s.actions)
  useEffect(() => {
    void load(hallId)
  }, [load, hallId])
  return useHallDataStore((s) => s.hall)
}

/** Keeps `document.title` on the page's title in the current language. */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = title
  }, [title])
}

/** The current interface language. */
export function useLanguage() {
  return usePreferencesStore((s) => s.language)
}
