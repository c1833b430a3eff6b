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
  route('beheer', 'routes/beheer/index.tsx'),
  route('beheer/gebruikers', 'routes/beheer/users.tsx'),
  route('beheer/gebruikers/nieuw', 'routes/beheer/user-new.tsx'),
  route('beheer/gebruikers/:userId', 'routes/beheer/user-edit.tsx'),
  route('beheer/regios', 'routes/beheer/regions.tsx'),
  route('beheer/teksten', 'routes/beheer/texts.tsx'),
  route('beheer/teksten/:kind/:key', 'routes/beheer/text-edit.tsx'),
  route('beheer/indeling', 'routes/beheer/indeling.tsx'),
  route('beheer/logboek', 'routes/beheer/audit.tsx'),
  route('healthz', 'routes/healthz.ts'),
  route('api/trpc/*', 'routes/api.trpc.ts'),
  route('*', 'routes/not-found.tsx'),
] satisfies RouteConfig
