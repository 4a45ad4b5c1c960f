// `.vue` files as modules, for TypeScript outside vue-tsc's own handling of them.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
