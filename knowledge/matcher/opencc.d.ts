// opencc-js's Traditional → Simplified bundle alone (a tenth of the full one, whose Simplified → Traditional
// dictionaries the bot never uses): a subpath that its package.json "exports" declares and moduleResolution "node"
// does not read.
declare module 'opencc-js/t2cn' {
  export { Converter } from 'opencc-js';
}
