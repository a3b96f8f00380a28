<?php
/**
 * Rule 6: signing keys cached in process and on disk
 * (<cache_dir>/<sha256 of the URL>.pem = "test-only trust\nURL\n" + PEM under
 * the test-only trust these tests run with, dir 0700, file 0600), the disk
 * copy re-checked on every load, never under another trust.
 */

declare(strict_types=1);

namespace QuillCRM\Tests\Sns;

final class CertificateCacheTest extends ExtensionTestCase {
	public static function cacheDir(): string {
		return (string) ini_get( 'quillcrm_sns.cache_dir' );
	}

	public static function cacheFile( string $url ): string {
		return self::cacheDir() . '/' . hash( 'sha256', $url ) . '.pem';
	}

	/** Writes a disk cache entry the way the extension does. */
	public static function writeCacheFile( string $url, string $pem, string $first_line = '', int $mode = 0600 ): string {
		$path = self::cacheFile( $url );
		file_put_contents( $path, "test-only trust\n" . ( '' === $first_line ? $url : $first_line ) . "\n" . $pem );
		chmod( $path, $mode );
		return $path;
	}

	/** @return list<array<string,mixed>> */
	private function certificateFetches( string $cert_id ): array {
		return $this->standinRequestsMentioning( "SimpleNotificationService-$cert_id.pem" );
	}

	/** @return array<string,string> */
	private function bounceSignedFor( string $cert_id ): array {
		return SnsMessages::notification( SesPayloads::hard_bounce(), array( 'SigningCertURL' => SnsMessages::cert_url( 'us-east-1', $cert_id ) ) );
	}

	public function testFirstUseOfACertificateUrlFetchesItOverHttps(): void {
		$cert_id = SnsMessages::fresh_cert_id();

		$response = $this->handleEnvelope( $this->bounceSignedFor( $cert_id ) );

		$this->assertAccepted( 'bounce', $response );
		$this->assertSame( 'network', $response['certificate_source'] );
		$this->assertCount( 1, $this->certificateFetches( $cert_id ) );
	}

	public function testSecondUseOfACertificateUrlComesFromMemoryWithoutNetwork(): void {
		$cert_id = SnsMessages::fresh_cert_id();
		$this->handleEnvelope( $this->bounceSignedFor( $cert_id ) );

		$response = $this->handleEnvelope( $this->bounceSignedFor( $cert_id ) );

		$this->assertAccepted( 'bounce', $response );
		$this->assertSame( 'memory', $response['certificate_source'] );
		$this->assertCount( 1, $this->certificateFetches( $cert_id ), 'fetched once in all' );
	}

	/** @group extension-only */
	public function testFetchedCertificateIsWrittenToTheDiskCache(): void {
		$cert_id = SnsMessages::fresh_cert_id();
		$url     = SnsMessages::cert_url( 'us-east-1', $cert_id );

		$this->handleEnvelope( $this->bounceSignedFor( $cert_id ) );

		$path = self::cacheFile( $url );
		$this->assertFileExists( $path );
		$this->assertSame( "test-only trust\n" . $url . "\n" . file_get_contents( SnsMessages::fixture( 'signing.pem' ) ), file_get_contents( $path ) );
		$this->assertSame( 0600, fileperms( $path ) & 0777 );
		$this->assertSame( 0700, fileperms( self::cacheDir() ) & 0777 );
	}

	/** @group extension-only */
	public function testACertificateCachedUnderTestOnlyTrustIsNotUsedWithoutIt(): void {
		$envelope = $this->bounceSignedFor( SnsMessages::fresh_cert_id() );
		$this->assertSame( 'network', $this->handleEnvelope( $envelope )['certificate_source'] );
		$code = '$r = quillcrm_sns_handle(' . var_export( SnsMessages::body( $envelope ), true ) . ', ["key" => "k", "expected_key" => "k", "now" => ' . SnsMessages::NOW . ']);'
			. 'echo json_encode([$r["status"], $r["error"], $r["test_trust"]]);';

		// The same cache directory without the test directives: the cached
		// certificate (of the test CA) is not trusted, the real host is out of reach.
		$run = PhpProcess::code( array( 'quillcrm_sns.cache_dir' => self::cacheDir() ), $code );

		$this->assertSame( 0, $run['exit'], $run['stderr'] );
		$this->assertSame( '[503,"cert_unavailable",false]', $run['stdout'] );
	}

	/** @group extension-only */
	public function testCertificateInTheDiskCacheIsUsedWithoutNetwork(): void {
		$cert_id = SnsMessages::fresh_cert_id();
		self::writeCacheFile( SnsMessages::cert_url( 'us-east-1', $cert_id ), (string) file_get_contents( SnsMessages::fixture( 'signing.pem' ) ) );

		$response = $this->handleEnvelope( $this->bounceSignedFor( $cert_id ) );

		$this->assertAccepted( 'bounce', $response );
		$this->assertSame( 'disk', $response['certificate_source'] );
		$this->assertSame( array(), $this->certificateFetches( $cert_id ) );
	}

	/** @group extension-only */
	public function testDiskCacheFileWithACertificateThatFailsTheChecksIsNotTrusted(): void {
		// The wrong-name certificate's own key signs: trusted, it would verify.
		$cert_id  = SnsMessages::fresh_cert_id();
		$url      = SnsMessages::cert_url( 'us-east-1', $cert_id );
		self::writeCacheFile( $url, (string) file_get_contents( SnsMessages::fixture( 'signing-wrong-name.pem' ) ) );
		$envelope = SnsMessages::notification( SesPayloads::hard_bounce(), array( 'SigningCertURL' => $url ), 'signing-wrong-name.key' );

		$response = $this->handleEnvelope( $envelope );

		$this->assertRejected( 403, 'invalid_signature', $response );
		$this->assertSame( 'network', $response['certificate_source'], 'refetched from SNS instead' );
		$this->assertCount( 1, $this->certificateFetches( $cert_id ) );
	}

	/** @group extension-only */
	public function testDiskCacheFileNamingAnotherUrlIsNotTrusted(): void {
		$cert_id = SnsMessages::fresh_cert_id();
		self::writeCacheFile(
			SnsMessages::cert_url( 'us-east-1', $cert_id ),
			(string) file_get_contents( SnsMessages::fixture( 'signing.pem' ) ),
			SnsMessages::cert_url( 'us-east-1', SnsMessages::fresh_cert_id() )
		);

		$response = $this->handleEnvelope( $this->bounceSignedFor( $cert_id ) );

		$this->assertSame( 'network', $response['certificate_source'] );
		$this->assertCount( 1, $this->certificateFetches( $cert_id ) );
	}

	/** @group extension-only */
	public function testDiskCacheFileWritableByOthersIsNotTrusted(): void {
		$cert_id = SnsMessages::fresh_cert_id();
		self::writeCacheFile( SnsMessages::cert_url( 'us-east-1', $cert_id ), (string) file_get_contents( SnsMessages::fixture( 'signing.pem' ) ), '', 0666 );

		$response = $this->handleEnvelope( $this->bounceSignedFor( $cert_id ) );

		$this->assertSame( 'network', $response['certificate_source'] );
	}

	/** @group extension-only */
	public function testBadDiskCacheFileForAnUnreachableHostIsCertUnavailable(): void {
		// sa-east-1 is a closed port: nothing can rescue a refused cache entry.
		$topic   = 'arn:aws:sns:sa-east-1:123456789012:ses-bounces';
		$cert_id = SnsMessages::fresh_cert_id();
		$url     = SnsMessages::cert_url( 'sa-east-1', $cert_id );
		self::writeCacheFile( $url, (string) file_get_contents( SnsMessages::fixture( 'signing-1024.pem' ) ) );
		$envelope = SnsMessages::notification( SesPayloads::hard_bounce(), array( 'TopicArn' => $topic, 'SigningCertURL' => $url ), 'signing-1024.key' );

		$response = $this->handleEnvelope( $envelope );

		$this->assertRejected( 503, 'cert_unavailable', $response );
		$this->assertNull( $response['certificate_source'] );
	}
}
