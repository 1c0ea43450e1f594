import '@loket/ui/styles.css';
import { mountApp } from '@loket/ui';
import { appConfig } from './app.tsx';

mountApp(appConfig);
