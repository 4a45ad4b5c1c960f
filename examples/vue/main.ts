// The elements register before Vue mounts, so that Vue finds their properties.
import { createApp } from 'vue';
import 'nsiw-widgets/events.js';
import 'nsiw-widgets/info-tabs.js';
import 'nsiw-widgets/language-toggle.js';
import 'nsiw-widgets/workshop-card.js';
import type {} from 'nsiw-widgets/types/vue';
import App from './App.vue';

createApp(App).mount('#app');
