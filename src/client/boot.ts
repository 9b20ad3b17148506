import { fetchEarly } from './app/early-fetch'
import { markLoad } from './app/load-marks'
import { hallCanvasChunk, hallPageChunk } from './app/page-chunks'
import { hallApiPath } from './app/hall-api-path'
import { hallIdFrom, routeFor } from './app/route'

// The first script the page runs, kept tiny: it starts the 3D hall's code and data downloading at once,
// in parallel with the app's own code, instead of after React, i18n and the schemas have been parsed.
// The 2D mode never downloads three.js.
markLoad('boot')
if (routeFor(window.location.pathname) === 'hall') {
  void hallPageChunk.load()
  void hallCanvasChunk.load()
  fetchEarly(hallApiPath(hallIdFrom(window.location.search)))
}
void import('./main')
