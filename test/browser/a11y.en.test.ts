import { everyScreenPassesAxe } from './a11yScreens.ts';

everyScreenPassesAxe('en');
