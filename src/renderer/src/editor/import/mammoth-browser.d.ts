// mammoth's main entry reads files through Node's fs and only accepts `{ buffer }` there;
// its prebuilt browser bundle takes `{ arrayBuffer }` and behaves the same in the renderer,
// in Vitest and in the Vite build. The types are the package's own.
declare module 'mammoth/mammoth.browser.js' {
  import mammoth from 'mammoth';
  export default mammoth;
}
