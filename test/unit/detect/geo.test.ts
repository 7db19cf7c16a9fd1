import { describe, expect, it } from 'vitest';
import { entitiesIn, findingsIn } from './_helpers.js';

describe('GEO_COORDINATES', () => {
  it.each([
    [{ geo: { lat: 52.520008, lon: 13.404954 } }, ['/geo GEO_COORDINATES']],
    [{ location: { latitude: -33.8688, longitude: 151.2093, accuracy: 12 } }, ['/location GEO_COORDINATES']],
    [{ coordinates: [13.404954, 52.520008] }, ['/coordinates GEO_COORDINATES']],
    [{ event: 'x', $geoip_latitude: 52.5201, $geoip_longitude: 13.4049, plan: 'pro' }, ['/$geoip_latitude GEO_COORDINATES', '/$geoip_longitude GEO_COORDINATES']],
    [{ position: '52.520008,13.404954' }, ['/position GEO_COORDINATES']],
    [{ attributes: [{ key: 'geo.lat', value: { doubleValue: 48.8566 } }] }, ['/attributes/0/value/doubleValue GEO_COORDINATES']],
    [{ charger_location: [13.40261, 52.54309] }, ['/charger_location GEO_COORDINATES']], // [lon, lat] under a key ending in location
    [{ url: 'https://maps.example.com/route?from_lat=-6.27143&from_lng=106.86759&mode=motor' }, ['/url URL_WITH_PII_QUERY']],
  ])('finds coordinates in %j', (value, expected) => {
    expect(findingsIn(value)).toEqual(expected);
  });

  it.each([
    ['device reported position 52.520008, 13.404954 with accuracy 12m'],
    ['POINT(13.404954 52.520008)'],
    ['lat=52.520008'],
  ])('finds coordinates in text %j', (text) => {
    expect(entitiesIn(text)).toContain('GEO_COORDINATES');
  });

  it.each([
    [{ geo: { lat: 52.5, lon: 13.4 } }],
    [{ lat_bucket: 52.5 }],
    [{ country: 'Germany', region: 'eu-west-1' }],
    [{ cpu: 0.1234, mem: 0.5678 }],
    [{ ratio: '0.1234, 0.5678' }],
    [{ latency: 52.520008 }],
    [{ scroll_coords: [120, 3400] }],
  ])('stays quiet on %j', (value) => {
    expect(findingsIn(value)).toEqual([]);
  });
});

describe('GEO_COORDINATES: ODK geopoints (held-out set AC)', () => {
  it('reads `lat lon altitude accuracy` under a geopoint key, and not coarse points', () => {
    expect(findingsIn({ hh_geopoint: '6.524379 3.379206 41.0 5.0', farm_gps: '6.52 3.37 41.0 5.0' })).toEqual(['/hh_geopoint GEO_COORDINATES']);
  });
});

describe('GEO_COORDINATES: a pair at the end of a sentence (held-out set AL)', () => {
  it('reads a pair followed by a full stop, not one that continues a number', () => {
    expect(entitiesIn('Stuck near Tema, my position is 5.61234, -0.187654. Please help.', undefined)).toContain('GEO_COORDINATES');
    expect(entitiesIn('build 5.61234, -0.187654.3 shipped', undefined)).not.toContain('GEO_COORDINATES');
  });
});

describe('GEO_COORDINATES: a precise pair among other properties (held-out sets AN, BI)', () => {
  it('reports both numbers when one has four decimals, and neither when both are coarse or ratios', () => {
    expect(findingsIn({ device: { home_latitude: 53.33518, home_longitude: -6.308, units: 'metric' } })).toEqual([
      '/device/home_latitude GEO_COORDINATES', '/device/home_longitude GEO_COORDINATES',
    ]);
    expect(findingsIn({ device: { home_latitude: 53.3, home_longitude: -6.31, units: 'metric' } })).toEqual([]);
    // A ratio pair: the precise number is read on its own, its partner is not added.
    expect(findingsIn({ stats: { lat: 0.1234, lon: 0.56, n: 4 } })).toEqual(['/stats/lat GEO_COORDINATES']);
  });
});

describe('GEO_COORDINATES: TCX track points (held-out set BM)', () => {
  it('reads a latitude in a TCX element, and not a coarse one', () => {
    expect(entitiesIn('<Position><LatitudeDegrees>46.94811</LatitudeDegrees><LongitudeDegrees>7.44744</LongitudeDegrees></Position>')).toEqual(['GEO_COORDINATES']);
    expect(entitiesIn('<Position><LatitudeDegrees>46.9</LatitudeDegrees><LongitudeDegrees>7.4</LongitudeDegrees></Position>')).toEqual([]);
  });
});

describe('GEO_COORDINATES: Redis geo commands (held-out set BU)', () => {
  it('reads the longitude and latitude of GEOADD and FROMLONLAT, and not coarse ones', () => {
    expect(entitiesIn('GEOADD riders:live 2.35222 48.85661 rider:88', 'db.statement')).toEqual(['GEO_COORDINATES']);
    expect(entitiesIn('GEOSEARCH depots FROMLONLAT -0.12776 51.50735 BYRADIUS 3 km', 'db.statement')).toEqual(['GEO_COORDINATES']);
    expect(entitiesIn('GEOADD regions 2.3 48.8 paris', 'db.statement')).toEqual([]);
  });
});
