import { FrontSide, ShaderMaterial, type DataArrayTexture } from 'three'

/**
 * An unlit material that reads each sign from its layer of the atlas array texture (vertex attribute
 * `layer`). Signs are light sources of their own (printed or backlit), so lighting does not dim them.
 */
export function signMaterial(atlas: DataArrayTexture): ShaderMaterial {
  return new ShaderMaterial({
    uniforms: { atlas: { value: atlas } },
    side: FrontSide,
    vertexShader: /* glsl */ `
      attribute float layer;
      varying vec2 vUv;
      varying float vLayer;
      void main() {
        vUv = uv;
        vLayer = layer;
        gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
      }
    `,
    fragmentShader: /* glsl */ `
      precision highp sampler2DArray;
      uniform sampler2DArray atlas;
      varying vec2 vUv;
      varying float vLayer;
      void main() {
        gl_FragColor = texture(atlas, vec3(vUv, vLayer));
        #include <colorspace_fragment>
      }
    `,
  })
}
