/**
 * The smallest honest 3D page: one lit box drawn by three.js every frame, with the renderer settings
 * @react-three/fiber uses by default (antialias, ACES tone mapping, sRGB output, device pixel ratio).
 * The bench compares the hall's first frame and per-frame CPU time against this page.
 */
import {
  ACESFilmicToneMapping,
  AmbientLight,
  BoxGeometry,
  DirectionalLight,
  Mesh,
  MeshStandardMaterial,
  PerspectiveCamera,
  Scene,
  WebGLRenderer,
} from 'three'

declare global {
  interface Window {
    /** performance.now() right after the first frame was drawn. */
    __firstFrame?: number
  }
}

const renderer = new WebGLRenderer({ antialias: true, powerPreference: 'high-performance' })
renderer.setPixelRatio(window.devicePixelRatio)
renderer.setSize(window.innerWidth, window.innerHeight)
renderer.toneMapping = ACESFilmicToneMapping
document.body.appendChild(renderer.domElement)

const scene = new Scene()
const camera = new PerspectiveCamera(75, window.innerWidth / window.innerHeight, 0.1, 1000)
camera.position.set(0, 0, 5)
scene.add(new AmbientLight(0xffffff, 0.5))
const sun = new DirectionalLight(0xffffff, 2)
sun.position.set(3, 5, 4)
scene.add(sun)
const box = new Mesh(new BoxGeometry(1.5, 1.5, 1.5), new MeshStandardMaterial({ color: 0x2f7de1 }))
scene.add(box)

renderer.setAnimationLoop((time: number) => {
  box.rotation.set(time / 2000, time / 1500, 0)
  renderer.render(scene, camera)
  if (window.__firstFrame === undefined) window.__firstFrame = performance.now()
})
