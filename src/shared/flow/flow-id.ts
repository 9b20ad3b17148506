import { z } from 'zod'

/**
 * Ids of pages, fields, options, documents and sections: lowercase kebab-case like the scene ids, so they
 * are safe as answer keys, URL segments and HTML ids. Kept here rather than imported from scene/schema.ts
 * because that file will import the flow schema (an import cycle would leave one of them undefined).
 */
export const flowIdSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'Use lowercase letters, digits and single hyphens, like "date-of-birth"',
  )
  .max(64)
