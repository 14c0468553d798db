/** opencc-js ships its dictionaries as plain ES modules without typings: each default-exports `from to|from to|...`. */
declare module 'opencc-js/dict/TSCharacters' {
  const table: string;
  export default table;
}
