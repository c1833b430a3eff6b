import { type RouteConfig, index, route } from '@react-router/dev/routes'

// Dutch URLs, listed explicitly (STYLE.md §9).
export default [
  index('routes/home.tsx'),
  route('regio', 'routes/regio/index.tsx'),
  route('regio/:slug', 'routes/regio/region.tsx'),
  route('regio/:slug/logboek', 'routes/regio/history.tsx'),
  route('inloggen', 'routes/auth/login.tsx'),
  route('uitloggen', 'routes/auth/logout.ts'),
  route('wachtwoord-instellen/:token', 'routes/auth/set-password.tsx'),
  route('account', 'routes/auth/account.tsx'),
  route('toegankelijkheid', 'routes/info/accessibility.tsx'),
  route('privacy', 'routes/info/privacy.tsx'),
  route('healthz', 'routes/healthz.ts'),
  route('api/trpc/*', 'routes/api.trpc.ts'),
  route('*', 'routes/not-found.tsx'),
] satisfies RouteConfig
