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

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App location={window.location} />
  </StrictMode>,
)
