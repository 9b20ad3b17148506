import { existsSync } from 'node:fs'
import path from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { routeFor } from '../../shared/app-routes'
import { errorBody } from './errors'

/**
 * Answered with index.html by explicit routes: "/" needs one because the static plugin's index lookup
 * fails for it when pre-compressed files are enabled. Other app pages (see shared/app-routes) are served
 * by the not-found handler with status 200; unknown pages get index.html with 404 (the client's
 * not-found view).
 */
export const CLIENT_ROUTES = ['/', '/2d'] as const

const NOT_BUILT_MESSAGE =
  'The OneHall web app has not been built yet. Run `npm run build` (or `npm start`, which builds it) and reload.'

/** Vite names files under /assets/ by content hash, so they never change and may be cached for a year. */
function cacheHeaders(reply: FastifyReply, filePath: string, clientDir: string): void {
  const relative = path.relative(clientDir, filePath).split(path.sep).join('/')
  reply.header(
    'cache-control',
    relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  )
}

function wantsHtml(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').includes('text/html')
}

function isPageRequest(request: FastifyRequest): boolean {
  const pathname = request.url.split('?')[0] ?? '/'
  const lastSegment = pathname.split('/').pop() ?? ''
  return (
    (request.method === 'GET' || request.method === 'HEAD') &&
    !pathname.startsWith('/api/') &&
    pathname !== '/api' &&
    !lastSegment.includes('.')
  )
}

function notBuiltPage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>OneHall is not built</title></head>
<body><main><h1>OneHall is not built yet</h1><p>${NOT_BUILT_MESSAGE.replace(/`([^`]+)`/g, '<code>$1</code>')}</p></main></body></html>`
}

/**
 * Serves the client build from `clientDir`: hashed assets with a long cache, index.html with no-cache,
 * and index.html for the app's own routes and for any other page path (so the client shows its
 * not-found view, with status 404). When the build is missing the API still works and pages answer
 * 503 with instructions.
 */
export async function registerClientApp(app: FastifyInstance, clientDir: string): Promise<void> {
  const built = existsSync(path.join(clientDir, 'index.html'))

  if (built) {
    await app.register(fastifyStatic, {
      root: clientDir,
      prefix: '/',
      index: 'index.html',
      cacheControl: false,
      // Serves name.br / name.gz next to a file when a build step made them and the browser accepts them.
      preCompressed: true,
      setHeaders: (reply, filePath) => cacheHeaders(reply, filePath, clientDir),
    })
    for (const route of CLIENT_ROUTES) {
      app.get(route, (_request, reply) => reply.sendFile('index.html'))
    }
  }

  app.setNotFoundHandler((request, reply) => {
    if (isPageRequest(request)) {
      if (!built) {
        return wantsHtml(request)
          ? reply.code(503).type('text/html; charset=utf-8').send(notBuiltPage())
          : reply.code(503).send(errorBody('client_not_built', NOT_BUILT_MESSAGE))
      }
      if (wantsHtml(request)) {
        const page = routeFor(request.url.split('?')[0] ?? '/')
        return reply.code(page === 'not-found' ? 404 : 200).sendFile('index.html')
      }
    }
    return reply
      .code(404)
      .send(errorBody('not_found', `Nothing at ${request.method} ${request.url.split('?')[0]}`))
  })
}
