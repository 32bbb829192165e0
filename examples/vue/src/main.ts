import { createApp } from 'vue';
// Registers both elements and types them in templates (`GlobalComponents`).
import 'token-forms/vue';
import App from './App.vue';

createApp(App).mount('#app');
