// The Babel set-up Jest's own guide gives: Node's syntax, JSX with React's automatic runtime.
module.exports = {
  presets: [
    ['@babel/preset-env', { targets: { node: 'current' } }],
    ['@babel/preset-react', { runtime: 'automatic' }],
  ],
};
