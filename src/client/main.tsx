import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { initI18n } from './i18n/i18n'
import './styles/tokens.css'
import './styles/base.css'
import './styles/controls.css'
import './styles/hall-page.css'
import './styles/panel.css'
import './styles/text-page.css'

initI18n()

// Start fetching the 3D hall's code before React's first render; React.lazy later reuses this same
// module request, so the download overlaps with rendering the overlay and fetching the hall data.
if (window.location.pathname === '/') void import('./hall/hall-canvas')

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App location={window.location} />
  </StrictMode>,
)
