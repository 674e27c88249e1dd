import { expect } from '@open-wc/testing';
import { adaptArticles, detectFormat, readPage } from '../../src/contract/adapters/index.js';
import type { NormalizedArticle } from '../../src/contract/article.js';
import { normalizeArticle, normalizeArticles } from '../../src/contract/normalize.js';
import { adaptArticle } from '../../src/contract/adapters/index.js';

/**
 * Every real page and feed in test/fixtures/publishers (copies of ../shared/data) adapts to what a
 * reader sees on the publisher's site. The expected values are typed from PROVENANCE.md's truth
 * tables, never from this code's output.
 */

/** A page's truth: one of `titles`, one of `publishers`, one of `days` in zone `tz`; `none`: no card. */
interface PageTruth {
  file: string;
  none?: boolean;
  titles?: string[];
  publishers?: string[];
  days?: string[];
  /** The publisher's offset; undefined when the page gives a date only. */
  tz?: string;
  link?: string;
  image?: boolean;
}

/** A feed item's truth; `date` as the publisher wrote it (no offset: read as UTC). */
interface FeedTruth {
  file: string;
  item: number;
  publishers: string[];
  date: string;
  link: string;
  image: boolean;
  title?: string;
  /** An untitled micro-blog post: its text leads. */
  textStarts?: string;
  /** An advertisement among the stories: no card. */
  advert?: string;
}

const PAGES: PageTruth[] = [
  {
    file: 'pages/readability-tumblr.html',
    titles: ['Minecraft 1.8 - The Bountiful Update'],
    publishers: ['Minecraft Update News'],
    days: ['2014-09-02'],
    tz: '-04:00',
    link: 'http://mcupdate.tumblr.com/post/96439224994/minecraft-18-the-bountiful-update',
    image: false,
  },
  {
    file: 'pages/readability-theverge.html',
    titles: [
      'Apple’s Vision Pro is the Retina display moment for headsets',
      'Apple’s Vision Pro hands-on: the Retina display moment for headsets',
    ],
    publishers: ['The Verge'],
    days: ['2023-06-07'],
    tz: '-04:00',
    link: 'https://www.theverge.com/23752959/apple-vision-pro-headset-hands-on-demo-impressions',
    image: true,
  },
  {
    file: 'pages/readability-aktualne.html',
    titles: [
      'West Ham hrozí gigantům, okouzlil i Linekera. Součka je snadné přehlédnout',
      'West Ham hrozí gigantům, okouzlil i Linekera. Součkovu práci je snadné přehlédnout',
    ],
    publishers: ['Aktuálně.cz'],
    days: ['2021-11-01'],
    tz: '+01:00',
    link: 'https://sport.aktualne.cz/fotbal/zahranici/west-ham-hrozi-gigantum-okouzlil-i-linekera-souckovu-praci-j/r~8fa032ba3add11ec8a900cc47ab5f122/',
    image: true,
  },
  {
    file: 'pages/readability-toc-missing.html',
    titles: ['Simple Anomaly Detection Using Plain SQL'],
    publishers: ['Haki Benita'],
    days: ['2020-09-21'],
    tz: '+00:00',
    link: 'https://hakibenita.com/sql-anomaly-detection',
    image: true,
  },
  {
    file: 'pages/readability-engadget.html',
    titles: ['Xbox One X review: A console that keeps up with gaming PCs'],
    publishers: ['Engadget'],
    days: ['2017-11-03'],
    tz: '-04:00',
    link: 'https://www.engadget.com/2017/11/03/xbox-one-x-review/',
    image: true,
  },
  {
    file: 'pages/readability-nytimes-5.html',
    none: true,
  },
  {
    file: 'pages/metascraper-npr.html',
    titles: ['Fork The Government'],
    publishers: ['NPR', 'NPR.org'],
    days: ['2020-12-23'],
    tz: '-05:00',
    link: 'https://www.npr.org/2020/12/23/949764249/fork-the-government',
    image: true,
  },
  {
    file: 'pages/metascraper-bukvy.html',
    titles: [
      'Poroshenko Accuses Authorities of Falsifying Sanctions Decree: Supreme Court Demands Evidence from the Government',
    ],
    publishers: ['Букви'],
    days: ['2025-10-09'],
    tz: '+03:00',
    link: 'https://bukvy.org/en/poroshenko-accuses-authorities-of-falsifying-sanctions-decree-supreme-court-demands-evidence-from-the-government/',
    image: true,
  },
  {
    file: 'pages/metascraper-silicon-beat.html',
    titles: ['VC: Time to ‘come out as a woman’', "VC: Time to 'come out as a woman'"],
    publishers: ['SiliconBeat'],
    days: ['2016-04-19'],
    tz: '-07:00',
    link: 'http://www.siliconbeat.com/2016/04/19/time-come-woman/',
    image: true,
  },
  {
    file: 'pages/metascraper-therams.html',
    titles: [
      'Cooper Kupp focused on being present, best version of himself as he prepares for 2024 season',
      'Rams wide receiver Cooper Kupp focused on being present, best version of himself as he prepares for 2024 season',
    ],
    publishers: ['Los Angeles Rams', 'therams.com'],
    days: ['2024-04-22'],
    tz: '-07:00',
    link: 'https://www.therams.com/news/cooper-kupp-being-present-best-version-of-himself-prepares-2024-season',
    image: true,
  },
  {
    file: 'pages/metascraper-los-angeles-times.html',
    titles: ['As venture capital dries up, tech start-ups discover frugality'],
    publishers: ['Los Angeles Times'],
    days: ['2016-04-30'],
    tz: '-07:00',
    link: 'https://www.latimes.com/business/technology/la-fi-tn-tech-downturn-20160429-story.html',
    image: true,
  },
  {
    file: 'pages/metascraper-sfstandard.html',
    titles: [
      'Restaurant workers fear they could pay highest cost in junk-fee battle',
      'California junk fee ban: Restaurant workers brace for impact',
    ],
    publishers: ['The San Francisco Standard'],
    days: ['2024-06-24'],
    tz: '-07:00',
    link: 'https://sfstandard.com/2024/06/24/service-fee-restaurants-san-francisco/',
    image: true,
  },
  {
    file: 'pages/metascraper-wsj.html',
    none: true,
  },
  {
    file: 'pages/metascraper-reuters.html',
    none: true,
  },
  {
    file: 'pages/metascraper-nbcnews.html',
    titles: ['No charges filed against Kenosha officers in Jacob Blake shooting'],
    publishers: ['NBC News'],
    days: ['2021-01-05'],
    tz: '-05:00',
    link: 'https://www.nbcnews.com/news/us-news/no-charges-filed-against-kenosha-officers-jacob-blake-shooting-n1252739',
    image: true,
  },
  {
    file: 'pages/metascraper-nytimes-article.html',
    titles: ['How to See What the Internet Knows About You (And How to Stop It)'],
    publishers: ['The New York Times'],
    days: ['2017-07-03'],
    tz: '-04:00',
    link: 'https://www.nytimes.com/2017/07/03/smarter-living/how-to-see-what-the-internet-knows-about-you.html',
    image: true,
  },
  {
    file: 'pages/metascraper-cio.html',
    titles: ['The partnership enabling Pegasystems to maximize open-source potential'],
    publishers: ['CIO'],
    days: ['2025-09-01', '2025-09-05'],
    tz: '-07:00',
    link: 'https://www.cio.com/article/4049199/the-partnership-enabling-pegasystems-to-maximize-open-source-potential.html',
    image: true,
  },
  {
    file: 'pages/metascraper-postplanner.html',
    titles: ["Here's How to Get More Likes on Facebook in 2021 (and Reach Millions)"],
    publishers: ['Post Planner'],
    days: ['2020-12-18'],
    tz: '-05:00',
    link: 'https://www.postplanner.com/get-more-likes-fans-facebook-page/',
    image: true,
  },
  {
    file: 'pages/metascraper-financial-times.html',
    titles: ['How confidence can help attract funding for women'],
    publishers: ['Financial Times'],
    days: ['2016-02-09'],
    tz: '+00:00',
    link: 'https://www.ft.com/content/796d1220-475e-11e5-af2f-4d6e0e5eda22',
    image: true,
  },
  {
    file: 'pages/metascraper-usa-today.html',
    titles: ['The TSA is trying not to ruin your summer vacation'],
    publishers: ['USA TODAY'],
    days: ['2016-05-24'],
    tz: '-04:00',
    link: 'https://www.usatoday.com/story/news/2016/05/24/evening-news-roundup-tuesday/84846520/',
    image: true,
  },
  {
    file: 'opengraph/metascraper-recode.html',
    titles: ['Capital Gains: Medium, an Uber rival, a drone hunter and other companies raised cash'],
    publishers: ['Recode'],
    days: ['2016-04-24'],
    tz: '-04:00',
    link: 'http://www.recode.net/2016/4/24/11586366/capital-gains-medium-an-uber-rival-a-drone-hunter-and-other-companies',
    image: true,
  },
  {
    file: 'opengraph/metascraper-linkedin-pulse.html',
    titles: ['How Can AI Change Financial Services? Consolidation of the #FinAI tweetstorm'],
    publishers: ['LinkedIn Pulse', 'LinkedIn'],
    days: ['2016-05-26'],
    tz: undefined,
    link: 'https://www.linkedin.com/pulse/how-can-ai-change-financial-services-consolidation-finai-ramya-joseph',
    image: true,
  },
  {
    file: 'opengraph/readability-breitbart.html',
    titles: ["'Neutral' Snopes Fact-Checker David Emery: 'Are There Any Un-Angry Trump Supporters?'"],
    publishers: ['Breitbart', 'Breitbart News'],
    days: ['2016-12-22'],
    tz: '-08:00',
    link: 'http://www.breitbart.com/tech/2016/12/22/neutral-snopes-fact-checker-david-emery-un-angry-trump-supporters/',
    image: true,
  },
  {
    file: 'opengraph/readability-liberation-1.html',
    titles: ['Un troisième Français mort dans le séisme au Népal'],
    publishers: ['Libération', 'Libération.fr'],
    days: ['2015-04-30'],
    tz: '+02:00',
    link: 'http://www.liberation.fr/monde/2015/04/30/un-troisieme-francais-mort-dans-le-seisme-au-nepal_1278483',
    image: true,
  },
  {
    file: 'opengraph/readability-medium-1.html',
    titles: ['The Open Journalism Project: Better Student Journalism'],
    publishers: ['Medium'],
    days: ['2015-03-17'],
    tz: '+00:00',
    link: 'https://medium.com/@pippinlee/the-open-journalism-project-better-student-journalism-fb39f4f701bb',
    image: true,
  },
  {
    file: 'opengraph/readability-wordpress.html',
    titles: [
      'Stack Overflow Jobs Data Shows ReactJS Skills in High Demand, WordPress Market Oversaturated with Developers',
    ],
    publishers: ['WordPress Tavern'],
    days: ['2017-03-09'],
    tz: '-05:00',
    link: 'https://wptavern.com/stack-overflow-jobs-data-shows-reactjs-skills-in-high-demand-wordpress-market-oversaturated-with-developers',
    image: true,
  },
  {
    file: 'opengraph/readability-topicseed-1.html',
    titles: ['Content Depth — Write Comprehensively About Your Core Topics'],
    publishers: ['topicseed'],
    days: ['2018-06-13'],
    tz: '+01:00',
    link: 'https://topicseed.com/blog/content-depth-for-seo',
    image: true,
  },
];
const FEEDS: FeedTruth[] = [
  {
    file: 'rss/rss-parser-guardian.rss',
    item: 1,
    publishers: ['The Guardian'],
    date: '2018-01-31T07:26:05Z',
    link: 'https://www.theguardian.com/us-news/2018/jan/31/donald-trump-state-of-the-union-address-unity-discord',
    image: true,
    title: 'Trump State of the Union address promised unity but emphasized discord',
  },
  {
    file: 'rss/rss-parser-guardian.rss',
    item: 2,
    publishers: ['The Guardian'],
    date: '2018-01-31T15:46:36Z',
    link: 'https://www.theguardian.com/us-news/2018/jan/31/so-how-did-conservatives-like-the-state-of-the-union',
    image: true,
    title: 'So, how did conservatives like the State of the Union?',
  },
  {
    file: 'rss/rsparser-macworld.rss',
    item: 1,
    publishers: ['Macworld'],
    date: '2017-11-28T15:40:00-08:00',
    link: 'https://www.techhive.com/article/3212828/connected-home/best-smart-lock.html#tk.rss_all',
    image: true,
    title: 'Best smart lock',
  },
  {
    file: 'rss/rsparser-macworld.rss',
    item: 2,
    publishers: ['Macworld'],
    date: '2017-11-28T14:56:00-08:00',
    link: 'https://www.macworld.com/article/3235804/ios/ios-112-features-release-date-and-how-to-install.html#tk.rss_all',
    image: true,
    title: 'iOS 11.2: Beta 5 is now available',
  },
  {
    file: 'rss/rsparser-livemint.xml',
    item: 1,
    publishers: ['Livemint', 'Livemint - News'],
    date: '2019-05-29T10:16:00Z',
    link: 'https://www.livemint.com/news/india/pm-modi-xi-jinping-informal-summit-in-varanasi-this-october-report-1559104147038.html',
    image: true,
    title: 'PM Modi-Xi Jinping informal summit in Varanasi this October: Report',
  },
  {
    file: 'rss/rsparser-livemint.xml',
    item: 2,
    publishers: ['Livemint', 'Livemint - News'],
    date: '2019-05-29T08:53:48Z',
    link: 'https://www.livemint.com/news/india/us-takes-india-off-watchlist-for-currency-practices-1559099681337.html',
    image: true,
    title: 'US takes India off watchlist for currency practices',
  },
  {
    file: 'rss/node-feedparser-wapowellness.xml',
    item: 1,
    publishers: ['The Washington Post', 'Washington Post'],
    date: '2012-08-21T10:33:00-05:00',
    link: 'http://www.washingtonpost.com/lifestyle/wellness/schools-minister-to-kids-fitness-and-nutrition-needs/2012/08/21/0ca90d46-e6eb-11e1-936a-b801f1abab19_story.html?wprss=rss_wellness',
    image: false,
    title: 'Schools minister to kids’ fitness and nutrition needs',
  },
  {
    file: 'rss/node-feedparser-wapowellness.xml',
    item: 2,
    publishers: ['The Washington Post', 'Washington Post'],
    date: '2012-08-21T10:33:00-05:00',
    link: 'http://ads.pheedo.com/click.phdo?s=cc0c5fb09865354bbec8415210a554da&p=4',
    image: false,
    advert: 'Featured Advertiser',
  },
  {
    file: 'rss/rsparser-cloudblog.rss',
    item: 1,
    publishers: ['Google Cloud Blog', 'Cloud Blog', 'Google Cloud'],
    date: '2019-09-03T18:00:00Z',
    link: 'https://cloud.google.com/blog/products/productivity-collaboration/want-to-keep-your-employees-productive-pay-attention-to-shadow-it-clues/',
    image: true,
    title: 'Want to keep your employees productive? Pay attention to shadow IT clues',
  },
  {
    file: 'rss/rsparser-cloudblog.rss',
    item: 2,
    publishers: ['Google Cloud Blog', 'Cloud Blog', 'Google Cloud'],
    date: '2019-09-03T14:00:00Z',
    link: 'https://cloud.google.com/blog/products/gcp/last-month-today-august-2019-on-gcp/',
    image: true,
    title: 'Last month today: August on GCP',
  },
  {
    file: 'rss/rsparser-489.rss',
    item: 1,
    publishers: ['Hodl Hodl', 'Stories by Hodl Hodl on Medium', 'Medium'],
    date: '2018-11-19T08:10:26Z',
    link: 'https://medium.com/@hodlhodl/hodl-hodl-closes-funding-round-417d97952d42?source=rss-b1f3d322dadf------2',
    image: false,
    title: 'Hodl Hodl closes funding round',
  },
  {
    file: 'rss/rsparser-489.rss',
    item: 2,
    publishers: ['Hodl Hodl', 'Stories by Hodl Hodl on Medium', 'Medium'],
    date: '2018-11-09T14:40:34Z',
    link: 'https://medium.com/@hodlhodl/update-on-hodl-hodl-new-payment-type-cryptocurrency-ca7b7ab94b2f?source=rss-b1f3d322dadf------2',
    image: false,
    title: 'Update on Hodl Hodl: New payment type “Cryptocurrency”',
  },
  {
    file: 'rss/rsparser-manton.rss',
    item: 1,
    publishers: ['Manton Reece'],
    date: '2015-09-25T14:26:40Z',
    link: 'http://www.manton.org/2015/09/3071.html',
    image: false,
    textStarts: 'This week’s Core Intuition is out with a discussion about new and old iPhones',
  },
  {
    file: 'rss/rsparser-manton.rss',
    item: 2,
    publishers: ['Manton Reece'],
    date: '2015-09-25T00:38:25Z',
    link: 'http://www.manton.org/2015/09/3069.html',
    image: false,
    textStarts:
      'I probably shouldn’t have started installing watchOS 2.0 right before needing to leave the house.',
  },
  {
    file: 'rss/rsparser-natasha.xml',
    item: 1,
    publishers: ['Natasha The Robot'],
    date: '2017-07-07T11:06:10Z',
    link: 'https://www.natashatherobot.com/url-apple-wallet-passkit-pass/',
    image: true,
    title: 'The Easiest Way to Get a URL for your Apple Wallet Passkit Pass',
  },
  {
    file: 'rss/rsparser-natasha.xml',
    item: 2,
    publishers: ['Natasha The Robot'],
    date: '2017-03-26T23:51:49Z',
    link: 'https://www.natashatherobot.com/swift-alternative-to-default-implementations-in-protocols/',
    image: false,
    title: 'Swift: Alternative to Default Implementations in Protocols',
  },
  {
    file: 'rss/feed-rs-rps.xml',
    item: 1,
    publishers: ['Rock, Paper, Shotgun', 'Rock Paper Shotgun'],
    date: '2021-08-22T10:00:00Z',
    link: 'https://www.rockpapershotgun.com/the-sunday-papers-607',
    image: true,
    title: 'The Sunday Papers',
  },
  {
    file: 'rss/feed-rs-nbcny.xml',
    item: 1,
    publishers: ['NBC New York'],
    date: '2023-12-16T14:02:33',
    link: 'https://www.nbcnewyork.com/news/local/nyc-cops-search-for-stabbing-suspect-after-leaving-18-year-old-to-bleed-out-on-sidewalk/4956764/',
    image: false,
    title: 'NYC cops search for stabbing suspect after leaving 18-year-old to bleed out on sidewalk',
  },
  {
    file: 'rss/feed-rs-ilgiornale.xml',
    item: 1,
    publishers: ['il Giornale', 'Il Giornale', 'Il Giornale - Cronache'],
    date: '2022-11-15T20:15:04Z',
    link: 'https://www.ilgiornale.it/news/cronaca-nera/caso-saman-abbas-arrestato-pakistan-padre-shabbar-2085649.html',
    image: true,
    title: "Arrestato in Pakistan Shabbar Abbas. In Italia è accusato per l'omicidio di Saman",
  },
  {
    file: 'rss/feed-rs-wirecutter.xml',
    item: 1,
    publishers: ['Wirecutter', 'Wirecutter: Reviews for the Real World'],
    date: '2022-09-20T11:00:17Z',
    link: 'https://www.nytimes.com/wirecutter/blog/how-to-teach-someone-a-board-game/?utm_source=rss&utm_medium=feed&utm_campaign=RSS%20Feed',
    image: true,
    title: 'How to Teach Someone a Board Game (and Even Have Fun Doing It)',
  },
  {
    file: 'atom/node-feedparser-tpm.atom',
    item: 1,
    publishers: ['Talking Points Memo', 'TPM', 'All TPM News'],
    date: '2017-11-08T18:15:58-05:00',
    link: 'http://talkingpointsmemo.com/livewire/hannity-announces-fox-hired-sebastian-gorka-national-security-strategist',
    image: false,
    title: 'Hannity Announces Fox Has Hired Sebastian Gorka As NatSec Strategist',
  },
  {
    file: 'atom/node-feedparser-tpm.atom',
    item: 2,
    publishers: ['Talking Points Memo', 'TPM', 'All TPM News'],
    date: '2017-11-08T18:02:40-05:00',
    link: 'http://talkingpointsmemo.com/edblog/were-hiring-senior-editor',
    image: false,
    title: "We're Hiring: Senior Editor",
  },
  {
    file: 'atom/rss-parser-heise.atom',
    item: 1,
    publishers: ['heise developer', 'heise Developer', 'heise online', 'heise developer neueste Meldungen'],
    date: '2016-02-01T17:22:00+01:00',
    link: 'http://www.heise.de/developer/meldung/Java-Anwendungsserver-Red-Hat-gibt-WildFly-10-frei-3088438.html?wt_mc=rss.developer.beitrag.atom',
    image: true,
    title: 'Java-Anwendungsserver: Red Hat gibt WildFly 10 frei',
  },
  {
    file: 'atom/rss-parser-heise.atom',
    item: 2,
    publishers: ['heise developer', 'heise Developer', 'heise online', 'heise developer neueste Meldungen'],
    date: '2016-02-01T14:29:00+01:00',
    link: 'http://www.heise.de/developer/meldung/Scrum-Day-2016-Bewerbungen-fuer-Vortraege-und-Workshops-3088627.html?wt_mc=rss.developer.beitrag.atom',
    image: true,
    title: 'Scrum Day 2016: Bewerbungen für Vorträge und Workshops',
  },
  {
    file: 'atom/rsparser-daringfireball.atom',
    item: 1,
    publishers: ['Daring Fireball'],
    date: '2017-06-27T00:54:17Z',
    link: 'https://daringfireball.net/thetalkshow/2017/06/26/ep-195',
    image: false,
    title: 'The Talk Show: ‘I Do Like Throwing a Baby’',
  },
  {
    file: 'atom/rsparser-daringfireball.atom',
    item: 2,
    publishers: ['Daring Fireball'],
    date: '2017-06-26T23:51:11Z',
    link: 'http://tidbits.com/article/17308',
    image: false,
    title: 'Virgin Mobile Partners With Apple to Go iPhone-Only With $1 Service',
  },
  {
    file: 'atom/rss-parser-feedburner.atom',
    item: 1,
    publishers: ['Google Ads Developer Blog'],
    date: '2016-06-03T07:38:00.000-07:00',
    link: 'http://googleadsdeveloper.blogspot.com/2016/06/adwords-and-dfp-java-client-library.html',
    image: false,
    title: 'AdWords and DFP Java client library will soon require Java 7+',
  },
  {
    file: 'atom/rss-parser-feedburner.atom',
    item: 2,
    publishers: ['Google Ads Developer Blog'],
    date: '2016-06-01T08:35:00.001-07:00',
    link: 'http://googleadsdeveloper.blogspot.com/2016/06/register-now-for-fall-2016-adwords-api.html',
    image: false,
    title: 'Register now for the Fall 2016 AdWords API Workshops!',
  },
  {
    file: 'atom/rsparser-russcox.atom',
    item: 1,
    publishers: ['research!rsc', 'Russ Cox'],
    date: '2019-03-01T11:00:00-05:00',
    link: 'http://research.swtch.com/tlog',
    image: false,
    title: 'Transparent Logs for Skeptical Clients',
  },
  {
    file: 'atom/rsparser-russcox.atom',
    item: 2,
    publishers: ['research!rsc', 'Russ Cox'],
    date: '2019-02-25T12:00:00-05:00',
    link: 'http://research.swtch.com/treenum',
    image: false,
    title: 'An Encoded Tree Traversal',
  },
  {
    file: 'atom/rsparser-expertopinionent.atom',
    item: 1,
    publishers: ['ENT expert opinion'],
    date: '2017-04-07T12:20:50+10:30',
    link: 'http://expertopinionent.typepad.com/my-blog/2017/04/advances-and-testing-in-vestibular-pathology.html',
    image: false,
    title: 'Advances and Testing in Vestibular Pathology',
  },
  {
    file: 'atom/rsparser-expertopinionent.atom',
    item: 2,
    publishers: ['ENT expert opinion'],
    date: '2017-03-21T16:28:51+11:00',
    link: 'http://expertopinionent.typepad.com/my-blog/2017/03/advanced-cochlear-implantation.html',
    image: false,
    title: 'Advanced Cochlear Implantation',
  },
  {
    file: 'wordpress/headstartwp-js1-posts.json',
    item: 1,
    publishers: ['JavaScript Engineering Test'],
    date: '2020-05-07T23:12:51Z',
    link: 'https://js1.10up.com/2020/05/07/modi-qui-dignissimos-sed-assumenda-sint-iusto/',
    image: true,
    title: 'Modi qui dignissimos sed assumenda sint iusto',
  },
  {
    file: 'wordpress/headstartwp-js1-posts.json',
    item: 2,
    publishers: ['JavaScript Engineering Test'],
    date: '2020-05-07T22:16:20Z',
    link: 'https://js1.10up.com/2020/05/07/ipsum-repudiandae-est-nam/',
    image: true,
    title: 'Ipsum repudiandae est nam',
  },
  {
    file: 'wordpress/frontity-worona-post-60.json',
    item: 1,
    publishers: ['Worona', 'Demo Worona'],
    date: '2016-11-25T18:31:11Z',
    link: 'https://demo.worona.org/the-beauties-of-gullfoss/',
    image: true,
    title: 'The Beauties of Gullfoss',
  },
];

const fixture = async (file: string): Promise<string> => {
  const response = await fetch(`/api/publishers/${file}`);
  expect(response.ok, `${file} is served`).to.equal(true);
  return response.text();
};

const hasZone = (iso: string) => /(?:Z|[+-]\d\d:?\d\d)$/i.test(iso);

/** The calendar day of `iso` in the publisher's zone `tz`; a date without offset is its own day. */
function dayIn(iso: string, tz: string | undefined): string {
  if (!tz || !hasZone(iso)) return iso.slice(0, 10);
  const minutes = (tz.startsWith('-') ? -1 : 1) * (Number(tz.slice(1, 3)) * 60 + Number(tz.slice(4, 6)));
  return new Date(Date.parse(iso) + minutes * 60_000).toISOString().slice(0, 10);
}

/** The article `<story-card from-page>` shows for the page in `file`, normalized. */
async function pageArticle(file: string) {
  const doc = new DOMParser().parseFromString(await fixture(file), 'text/html');
  return normalizeArticle(adaptArticle(readPage(doc)), { baseUrl: 'https://reader.example/' });
}

describe('real samples: article pages (from-page) and Open Graph pages', () => {
  for (const truth of PAGES) {
    it(`${truth.file}: ${truth.none ? 'no card (negative control)' : 'headline, publisher, day, link, image'}`, async () => {
      const { value, problems } = await pageArticle(truth.file);
      if (truth.none) {
        expect(value, 'no card').to.equal(undefined);
        return;
      }
      expect(problems).to.deep.equal([]);
      const article = value as NormalizedArticle;
      expect(truth.titles).to.include(article.title);
      expect(truth.publishers).to.include(article.sources[0]?.name);
      expect(truth.days).to.include(dayIn(article.publishedAt ?? '', truth.tz));
      expect(article.url).to.equal(truth.link);
      expect(article.image !== undefined, 'has a lead image').to.equal(truth.image);
    });
  }
});

describe('real samples: RSS, Atom and WordPress feeds', () => {
  for (const truth of FEEDS) {
    it(`${truth.file} #${truth.item}: ${truth.advert ? 'an advertisement gives no card' : 'title, publisher, date, link, image'}`, async () => {
      const body = await fixture(truth.file);
      const folder = truth.file.split('/')[0];
      const data: unknown = folder === 'wordpress' ? JSON.parse(body) : body;
      expect(detectFormat(data)).to.equal(folder);
      const { value, problems } = normalizeArticles(adaptArticles(data), {});
      expect(problems).to.deep.equal([]);
      const articles = value as NormalizedArticle[];
      if (truth.advert) {
        expect(articles.map((article) => article.title)).to.not.include(truth.advert);
        expect(articles.map((article) => article.url).join(' ')).to.not.include('ads.');
        return;
      }
      // Items are in feed order; an advertisement before this item would have been skipped.
      const article = articles[truth.item - 1] as NormalizedArticle;
      if (truth.textStarts) expect(article.title.startsWith(truth.textStarts), article.title).to.equal(true);
      else expect(article.title).to.equal(truth.title);
      expect(truth.publishers).to.include(article.sources[0]?.name);
      const written = Date.parse(hasZone(truth.date) ? truth.date : `${truth.date}Z`);
      expect(Date.parse(article.publishedAt ?? ''), `${article.publishedAt} is ${truth.date}`).to.equal(
        written,
      );
      expect(article.url).to.equal(truth.link);
      expect(article.image !== undefined, 'has a lead image').to.equal(truth.image);
    });
  }
});
