// Setup of the deploying samples (docs/deploying.md): the environment `yizhan serve` reads,
// with a free port and a secret, in the sample's temporary working folder.

process.env.YIZHAN_SECRET = 'a-long-random-secret-for-the-docs-tests';
process.env.PORT = '0';
delete process.env.DATABASE_URL;
