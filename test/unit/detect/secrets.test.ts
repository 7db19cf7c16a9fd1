import { describe, expect, it } from 'vitest';
import { base62, crc32 } from '../../../src/detect/checksums.js';
import { entitiesIn, findingsIn } from './_helpers.js';

const entropy = 'zQWBuTSOoRi4A9spHcVY5ncnsDkxkJ';
const github = `ghp_${entropy}${base62(crc32(entropy))}`;

describe('API_KEY', () => {
  it.each([
    ['AKIAIOSFODNN7EXAMPLE', undefined], // AWS access key id
    ['ASIAY34FZKBOKMUTVV7A', undefined],
    [github, undefined], // GitHub, valid CRC32
    ['github_pat_11AAAAAAA0abcdefghijkl_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456', undefined],
    ['sk_live_4eC39HqLyjWDarjtT1zdp7dc', undefined], // Stripe
    ['rk_live_51HxXyZabcdefghijklmnop', undefined],
    ['xoxb-123456789012-123456789012-abcdefABCDEF123456', undefined], // Slack
    ['AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY', undefined], // Google
    ['sk-proj-abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789_-abcdefgh', undefined], // OpenAI
    ['sk-ant-api03-abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789_-abcdefgh', undefined], // Anthropic
    ['npm_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ', undefined], // npm
    ['SG.abcdefghijklmnopqrstuv.abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456', undefined], // SendGrid
    ['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'aws_secret_access_key'],
    ['9f8c2b1e7d6a5f4e3c2b1a0f9e8d7c6b', 'client_secret'],
    ['Bearer 8EzQutZQTTDuRC4uSEDlYWor7x', 'Authorization'],
    ['using key 8EzQutZQTTDuRC4uSEDlYWor7xQ for upstream calls', undefined],
    ['https://api.example.com/v1?access_token=9f8c2b1e7d6a5f4e3c2b1a0f9e8d7c6b', undefined],
    ['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', 'hub_token_file'], // letters only, under a key that says nothing
  ])('finds %j (key %s)', (text, key) => {
    expect(entitiesIn(text, key)).toContain('API_KEY');
  });

  it.each([
    [`ghp_${entropy}AAAAAA`, undefined], // bad CRC32
    ['sk_test_4eC39HqLyjWDarjtT1zdp7dc', undefined], // test mode
    ['pk_live_4eC39HqLyjWDarjtT1zdp7dc', 'publishable_key'], // public client key
    ['phc_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG', 'api_key'], // PostHog project key
    ['https://0123456789abcdef0123456789abcdef@o123.ingest.sentry.io/456', 'dsn'],
    ['read_write', 'token'],
    ['next_page_cursor_value', 'next_page_token'],
    ['********', 'api_key'],
    ['${API_KEY}', 'api_key'],
    ['512', 'max_tokens'],
  ])('stays quiet on %j (key %s)', (text, key) => {
    expect(entitiesIn(text, key)).not.toContain('API_KEY');
  });
});

describe('PASSWORD', () => {
  it.each([
    ['hunter2!', 'password'],
    ['s3cr3t', 'pwd'],
    ['correct horse battery staple', 'passphrase'],
    ['postgres://app:Sup3rS3cret@db.internal:5432/app', 'database_url'],
    ['login attempt user=admin password=Tr0ub4dor&3', undefined],
    ['Basic YWRtaW46aHVudGVyMg==', 'authorization'],
    ['curl -H "Authorization: Basic ZGVwbG95OlBhbG0jVHJlZTc=" https://ci.example/api', undefined], // in a command line
  ])('finds %j (key %s)', (text, key) => {
    expect(entitiesIn(text, key)).toContain('PASSWORD');
  });

  it.each([
    ['********', 'password'],
    ['[REDACTED]', 'password'],
    ['', 'pwd'],
    ['true', 'password_changed'],
    ['strong', 'password_strength'],
    ['postgres://app@db.internal:5432/app', 'database_url'],
    ['/home/build/src/api', 'PWD'], // the working directory of a shell or sudo line
    ['~/projects', 'OLDPWD'],
  ])('stays quiet on %j (key %s)', (text, key) => {
    expect(entitiesIn(text, key)).not.toContain('PASSWORD');
  });

  it('reads credentials in command-line flags, not variable references or GraphQL types', () => {
    expect(findingsIn({ log: "mysql -h 127.0.0.1 -u root --password=Tr0ub4dor-3x -e 'CREATE DATABASE test'" })).toEqual(['/log PASSWORD']);
    expect(findingsIn({ query: 'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }' })).toEqual([]);
    expect(findingsIn({ sql: 'UPDATE users SET password = :password WHERE id = ?' })).toEqual([]);
    expect(findingsIn({ log: 'auth failed user=jdoe password=Summer2024! attempts=3' })).toEqual(['/log PASSWORD']);
    expect(findingsIn({ log: 'auth failed user=jdoe password=@dmin123 attempts=3' })).toEqual(['/log PASSWORD']);
    expect(findingsIn({ log: 'ops : TTY=pts/1 ; PWD=/srv/deploy ; USER=root ; COMMAND=/usr/bin/systemctl restart api' })).toEqual([]);
    expect(findingsIn({ log: 'login pwd=Kx8!mq2z user=ops' })).toEqual(['/log PASSWORD']);
  });
});

describe('API_KEY: things under secret keys and after key cues that are no secret', () => {
  it.each([
    ['HeadlessChrome/126.0.6478.126', 'browser_token'], // a product and its version
    ['prompt cache hit key=9b71d224bd62f3785d96d46ad3ea3d73319bfbc2890caadae2dff72519673ca7 ttl_s=300', undefined], // a sha256 digest
    ['# peer public key Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFyMTI=', undefined], // a public key
    ['cache restored from key: node-modules-4f2a9c0e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f', undefined],
    ['Cache restored from key: setup-go-Linux-x64-go-1.22-9f3a0c4e2b7d1f6a8c5e3b2d4f6a8c0e1b3d5f7a9c1e3b5d', undefined], // a cache key
  ])('stays quiet on %j (key %s)', (text, key) => {
    expect(entitiesIn(text, key)).not.toContain('API_KEY');
  });
});

describe('secrets: held-out sets Y to AB', () => {
  it('reads a secret under secret_value or SecretString, and not a digest named by its algorithm or a card token', () => {
    expect(findingsIn({ secret_value: 'Qm9vYmFyQmF6UXV4Rm9vQmFyQmF6UXV4Rm9vYg7x', SecretString: 'rT9vKq2LwX8mN4pZs7Yb1cDe5FgHjK0l' }).sort()).toEqual(['/SecretString API_KEY', '/secret_value API_KEY']);
    expect(findingsIn({ client_token: 'hmac-sha256:5f2b8e0c9a7d4f1e3b6a8c0d2e4f6a8b0c2d4e6f8a0b2c4d6e8f0a2b4c6d8e0f', card_token: 'tok_1Nv8QzL2eZvKYlo2C0ab', image: { token: 'sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' } })).toEqual([]);
  });

  it('reads a cart or checkout token as the pseudonymous id it is', () => {
    expect(findingsIn({ cart_token: '9f1c2e7a4b8d0c3e5f6a7b8c9d0e1f2a', checkout_token: '0a1b2c3d4e5f60718293a4b5c6d7e8f9', api_token: '7Hq2Lx9Vb4Nm8Kp3Rt6Wz1Yc5Fd0Gs2J' })).toEqual(['/api_token API_KEY']);
  });

  it('reads a bracketed placeholder in a config dump as a placeholder', () => {
    expect(findingsIn({ message: 'ConsumerConfig values:\n\tssl.key.password = [hidden]\n\tsasl.jaas.config = [hidden]\n\tsession.timeout.ms = 45000' })).toEqual([]);
  });

  it('reads a hex status code under a password key as a code', () => {
    expect(findingsIn({ bad_password: '0xC000006A', db_password: 'Kaduna2024!' })).toEqual(['/db_password PASSWORD']);
  });
});

describe('secrets: held-out sets AS to AW', () => {
  it('reads an Ethereum address under a token key as public, and a 32-byte hex key there as a secret', () => {
    expect(findingsIn({ token: '0x6b175474e89094c44da98b954eedeac495271d0f' })).toEqual([]);
    expect(findingsIn({ signing_key: '0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318' })).toEqual(['/signing_key API_KEY']);
  });

  it('reads a password holding a question mark in a connection string', () => {
    expect(findingsIn({ dsn: 'postgres://app:Mango?42x@db.internal:5432/app' })).toEqual(['/dsn PASSWORD']);
    expect(findingsIn({ url: 'https://api.example.com:8443?ref=a@b' })).toEqual([]);
  });
});

describe('secrets: a file path after a key word', () => {
  it('stays quiet on a path after "key", and still reads a token there', () => {
    expect(entitiesIn('deploy key /home/runner/.ssh/id_ed25519.pub loaded')).toEqual([]);
    expect(entitiesIn('deploy key kR8vQz2LmX4pT7wN9cY3bH6jF1sD5gA0 loaded')).toEqual(['API_KEY']);
  });
});

describe('secrets: round 8 (held-out sets BC, BG)', () => {
  it('stays quiet on digits under a token key and on a shell working directory with a prefix', () => {
    expect(findingsIn({ token: '7358-9627-1467-7054-6498', 'env.PWD': '/home/runner/work/app', otp_token: '482913' })).toEqual([]);
    expect(findingsIn({ parool: 'Kuusk!2024', 'env.DB_PASSWORD': 'Kuusk!2024' })).toEqual(['/env.DB_PASSWORD PASSWORD', '/parool PASSWORD']);
  });
});

describe('secrets: round 9 (held-out sets BI, BK)', () => {
  it('stays quiet on a credentials file path, a sensitive placeholder, a required-variable reference and LINE reply tokens', () => {
    expect(findingsIn({ GOOGLE_APPLICATION_CREDENTIALS: '/srv/keys/bq-export.json', out: { db_password: { sensitive: true, value: '(sensitive value)' } } })).toEqual([]);
    expect(findingsIn({ POSTGRES_PASSWORD: '${POSTGRES_PASSWORD:?set it in .env}', events: [{ replyToken: '0f3e9a5c2b7d4e1f8a6c3b9d2e7f1a4c' }] })).toEqual([]);
    expect(findingsIn({ POSTGRES_PASSWORD: 'Fjord-2291!x' })).toEqual(['/POSTGRES_PASSWORD PASSWORD']);
  });
});

describe('API_KEY: application and LoRaWAN keys (held-out set BY)', () => {
  it('reads a random value under app_key or a LoRaWAN root key as a secret', () => {
    expect(findingsIn({ app_key: '3F9A0C71D2E84B56A0C9E1F27B4D8A63' })).toEqual(['/app_key API_KEY']);
    expect(findingsIn({ nwk_key: '7C1E9B24A0D35F86C2E4A91B0D7F3E58' })).toEqual(['/nwk_key API_KEY']);
  });
});

describe('secrets in cloud audit trails (held-out set CA)', () => {
  it('reads no secret in a redaction placeholder, an ARN, an idempotency token, a hashed token or an OIDC subject', () => {
    expect(findingsIn({ password: 'REDACTED_FOR_COMPLIANCE' })).toEqual([]);
    expect(findingsIn({ arn: 'arn:aws:secretsmanager:us-east-2:210987654321:secret:billing/stripe-Qx81Lm' })).toEqual([]);
    expect(findingsIn({ clientRequestToken: '9b0c4e2a-7d15-4f3e-8a61-2c5b9d0e7f43' })).toEqual([]);
    expect(findingsIn({ hashed_token: 'Zk3mQ0pV8yT2wR6uN1sL5hJ9gF4dC7bA0xE3iO6kM2o=' })).toEqual([]);
    expect(findingsIn({ subjectFromWebIdentityToken: 'repo:example-org/payments:environment:production' })).toEqual([]);
    expect(findingsIn({ password: 'Wq7!vR2#kP9z' })).toEqual(['/password PASSWORD']);
    expect(entitiesIn('export secret: 9Fh2Kq7Lm3Np8Rs4Tv6Wx1Yz5Ab0Cd', 'log')).toEqual(['API_KEY']);
  });
});

describe('API_KEY: a key told in a sentence (held-out set CG)', () => {
  it('reads a random key after `the API key we use is`, and not a sentence about a key', () => {
    expect(entitiesIn('401 again. The API key we use is 9mTq2LxVbN7cRw4KpZs8 fyi', 'body')).toEqual(['API_KEY']);
    expect(entitiesIn('The API key we use is rotated every quarter by the platform team', 'body')).toEqual([]);
  });
});

describe('PASSWORD: a Portuguese key, and a mountain pass (held-out sets CT, CU)', () => {
  it('reads palavra_passe as a password key, and a pass after a place name as no key', () => {
    expect(findingsIn({ palavra_passe: 'Sporting_2004' })).toEqual(['/palavra_passe PASSWORD']);
    expect(entitiesIn('Khyber Pass: closed 2 days, snow expected', 'text')).toEqual([]);
    expect(entitiesIn('VPN Pass: Tr0ub4dor-3', 'text')).toEqual(['PASSWORD']);
  });
});

describe('PASSWORD: the French abbreviation (held-out set CX)', () => {
  it('reads mdp as a password key in a key=value line', () => {
    expect(entitiesIn('echec connexion mdp=Lune!2024xQ ip=masquee', 'log')).toEqual(['PASSWORD']);
  });
});
