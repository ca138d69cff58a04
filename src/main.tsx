import { boot } from './boot';

boot(window.location.search);
