// Each element's own entry point, and Vue's GlobalComponents types for them.
import 'cit-widgets/clinic';
import 'cit-widgets/candidacy-check';
import 'cit-widgets/session-planner';
import 'cit-widgets/recovery-timeline';
import type {} from 'cit-widgets/vue';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
