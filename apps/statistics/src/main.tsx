import '@loket/ui/styles.css';
import './statistics.css';
import { statisticsRoles } from '@loket/domain';
import { mountApp } from '@loket/ui';
import { OverviewPage } from './pages/OverviewPage.tsx';
import { StatisticsPage } from './pages/StatisticsPage.tsx';
import { tablePages } from './tables.ts';

mountApp({
  appName: 'Loket – Statistics',
  clientId: 'loket-statistics',
  requiredRole: statisticsRoles,
  navigation: [
    { to: '/', label: 'Overview' },
    ...tablePages.map((page) => ({ to: page.path, label: page.navLabel })),
  ],
  routes: [
    { path: '/', render: () => <OverviewPage /> },
    ...tablePages.map((page) => ({
      path: page.path,
      render: () => <StatisticsPage key={page.key} table={page.key} />,
    })),
  ],
});
