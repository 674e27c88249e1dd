// The same story and related stories for every example; in an app they would come from an API.
export const story = {
  id: 'night-buses',
  title: 'A city council votes to extend night bus routes',
  url: 'https://news.example/stories/night-buses',
  summary: 'The change adds three routes and runs them until 3 a.m. on weekends.',
  publishedAt: '2025-03-02',
  sourceCount: 4,
  sources: [
    { name: 'Metro Daily', url: 'https://metro.example/night-buses' },
    { name: 'City Wire', url: 'https://citywire.example/buses' },
  ],
};

export const related = [
  {
    id: 'fares',
    title: 'Fares stay flat for another year',
    url: 'https://news.example/stories/fares',
    sources: [{ name: 'Metro Daily' }],
  },
  {
    id: 'depot',
    title: 'A new depot opens in the east end',
    url: 'https://news.example/stories/depot',
    sources: [{ name: 'City Wire' }],
  },
];
