// The elements register before Svelte mounts, so that Svelte finds their properties.
import { mount } from 'svelte';
import 'nsiw-widgets/events.js';
import 'nsiw-widgets/info-tabs.js';
import 'nsiw-widgets/language-toggle.js';
import 'nsiw-widgets/workshop-card.js';
import type {} from 'nsiw-widgets/types/svelte';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
