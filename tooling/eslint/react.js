import globals from 'globals'
import { base } from './base.js'

/** The portal's preset: browser globals on top of the base. */
export const react = [
  ...base,
  { files: ['**/*.tsx'], languageOptions: { globals: { ...globals.browser } } },
]

export default react
