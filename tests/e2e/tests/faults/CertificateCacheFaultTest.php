<?php
/**
 * The extension's disk cache of signing certificates (php-fpm's
 * quillcrm_sns.cache_dir; files <sha256 of URL>.pem holding the trust line,
 * "URL\n" and the PEM, see Faults::cache_header())
 * is missing, unwritable, or holds a corrupted or swapped file. Deliveries
 * must still verify (the certificate is fetched again) and a file that fails
 * any check (owner, mode, URL line, certificate checks, signature) must
 * never be trusted.
 *
 * Each test uses a certificate URL no php-fpm worker has seen, so no worker
 * has it in its in-process cache and every worker goes to the disk first.
 */

declare(strict_types=1);

namespace QuillCRM\E2E\Tests\Faults;

use QuillCRM\E2E\Faults;
use QuillCRM\E2E\SesPayload;

final class CertificateCacheFaultTest extends FaultTestCase {

	public function testMissingCacheDirectoryIsRecreated0700AndDeliveriesVerify(): void {
		$cert_id = Faults::fresh_cert_id();
		$email   = $this->new_contact( 'cache-missing' );
		$this->rmtree( $this->faults->cache_dir() );

		$this->deliver_soft_bounces( $cert_id, $email, 3 );

		$dir = $this->faults->cache_dir();
		$this->assertDirectoryExists( $dir, 'the extension created the directory again' );
		$this->assertSame( 0700, fileperms( $dir ) & 0777 );
		$this->assertFileExists( $this->faults->cache_file( Faults::cert_url( $cert_id ) ) );
	}

	public function testUnwritableCacheDirectoryOnlyCostsRefetches(): void {
		$cert_id = Faults::fresh_cert_id();
		$email   = $this->new_contact( 'cache-unwritable' );
		$this->faults->make_cache_dir_unwritable();
		$this->assertFalse( @touch( $this->faults->cache_dir() . '/probe' ), 'the directory is really unwritable' ); // phpcs:ignore

		$this->deliver_soft_bounces( $cert_id, $email, 3 );

		$this->assertFileDoesNotExist( $this->faults->cache_file( Faults::cert_url( $cert_id ) ) );
		$this->assertNotSame( array(), $this->faults->fetches( $cert_id ) );
	}

	public function testCacheDirectoryPathTakenByAFileOnlyCostsRefetches(): void {
		$cert_id = Faults::fresh_cert_id();
		$email   = $this->new_contact( 'cache-not-a-dir' );
		$this->rmtree( $this->faults->cache_dir() );
		file_put_contents( $this->faults->cache_dir(), "not a directory\n" );

		$this->deliver_soft_bounces( $cert_id, $email, 3 );

		$this->assertFileIsReadable( $this->faults->cache_dir() );
		$this->assertNotSame( array(), $this->faults->fetches( $cert_id ) );
	}

	/** @return array<string, array{0:callable(string $url, string $pki): string}> the file's content */
	public function corruptFiles(): array {
		return array(
			'truncated PEM'            => array( static fn( $url, $pki ) => Faults::cache_header( $url ) . substr( (string) file_get_contents( "$pki/signing.pem" ), 0, 300 ) ),
			'random bytes'             => array( static fn( $url, $pki ) => random_bytes( 1500 ) ),
			'empty'                    => array( static fn( $url, $pki ) => '' ),
			'no URL line'              => array( static fn( $url, $pki ) => (string) file_get_contents( "$pki/signing.pem" ) ),
			'another URL\'s file'      => array( static fn( $url, $pki ) => Faults::cache_header( Faults::cert_url( Faults::fresh_cert_id() ) ) . file_get_contents( "$pki/signing.pem" ) ),
			'two certificates'         => array( static fn( $url, $pki ) => Faults::cache_header( $url ) . file_get_contents( "$pki/signing.pem" ) . file_get_contents( "$pki/signing.pem" ) ),
			'expired certificate'      => array( static fn( $url, $pki ) => Faults::cache_header( $url ) . file_get_contents( "$pki/signing-expired.pem" ) ),
			'certificate of another name' => array( static fn( $url, $pki ) => Faults::cache_header( $url ) . file_get_contents( "$pki/signing-wrong-name.pem" ) ),
			// A valid SNS certificate with another key: passes every check on
			// load, so only the signature shows it is not this URL's.
			'swapped: a valid certificate with another key' => array( static fn( $url, $pki ) => Faults::cache_header( $url ) . file_get_contents( "$pki/signing-cn-only.pem" ) ),
			'over 64 KiB'              => array( static fn( $url, $pki ) => Faults::cache_header( $url ) . file_get_contents( "$pki/signing.pem" ) . str_repeat( "\n", 70000 ) ),
		);
	}

	/**
	 * @dataProvider corruptFiles
	 * @param callable(string $url, string $pki): string $content
	 */
	public function testCorruptedOrSwappedFileIsRefetchedAndReplaced( callable $content ): void {
		$cert_id = Faults::fresh_cert_id();
		$url     = Faults::cert_url( $cert_id );
		$file    = $this->faults->cache_file( $url );
		$email   = $this->new_contact( 'cache-corrupt' );
		file_put_contents( $file, $content( $url, dirname( $this->site->pki( 'x' ) ) ) );
		chmod( $file, 0600 );

		$this->deliver_soft_bounces( $cert_id, $email, 1 );

		$this->assertCount( 1, $this->faults->fetches( $cert_id ), 'the certificate was fetched again' );
		$this->assertSame( Faults::cache_header( $url ) . file_get_contents( $this->site->pki( 'signing.pem' ) ), file_get_contents( $file ), 'the bad file was replaced by the fetched certificate' );
	}

	/**
	 * @return array<string, array{0:callable(Faults $f, string $file): void}> how the planted
	 *         file (or its directory) fails the ownership/permission checks
	 */
	public function untrustedPlacements(): array {
		return array(
			'file writable by others (0666)' => array( static function ( Faults $f, string $file ): void { chmod( $file, 0666 ); } ),
			'file writable by its group (0620)' => array( static function ( Faults $f, string $file ): void { chmod( $file, 0620 ); } ),
			'file owned by another user' => array( static function ( Faults $f, string $file ): void { chown( $file, 65534 ); } ),
			'directory open to others (0777)' => array( static function ( Faults $f, string $file ): void { chmod( $f->cache_dir(), 0777 ); } ),
			'directory owned by another user' => array( static function ( Faults $f, string $file ): void { chown( $f->cache_dir(), 65534 ); } ),
			'file is a symlink' => array(
				static function ( Faults $f, string $file ): void {
					$target = $f->cache_dir() . '/../forged-' . basename( $file );
					rename( $file, $target );
					symlink( $target, $file );
				},
			),
		);
	}

	/**
	 * A forger plants, for a genuine certificate URL, a certificate that
	 * passes every certificate check but is the forger's, and signs with its
	 * key. The file fails the ownership or permission checks, so it must not
	 * be used: the real certificate is fetched and the forgery is refused.
	 *
	 * @dataProvider untrustedPlacements
	 * @param callable(Faults $f, string $file): void $weaken
	 */
	public function testForgedCertificateInAFileThatFailsTheChecksIsNeverTrusted( callable $weaken ): void {
		if ( 0 !== posix_geteuid() ) {
			$this->markTestIncomplete( 'needs root to chown the planted file' );
		}
		$cert_id = Faults::fresh_cert_id();
		$url     = Faults::cert_url( $cert_id );
		$file    = $this->faults->cache_file( $url );
		$email   = $this->new_contact( 'cache-forged' );
		file_put_contents( $file, Faults::cache_header( $url ) . file_get_contents( $this->site->pki( 'signing-cn-only.pem' ) ) );
		chmod( $file, 0600 );
		$weaken( $this->faults, $file );
		$forger = $this->signer( $cert_id, 'signing-cn-only.key' );

		$r = $this->site->deliver( $forger->notification( self::TOPIC, SesPayload::permanent_bounce( $email ) ) );

		$this->assertAnswer( 403, $r, 'rejected', 'invalid_signature', 'a forgery signed with the planted certificate\'s key' );
		$this->assertCount( 1, $this->faults->fetches( $cert_id ), 'the real certificate was fetched instead' );
		$this->assertContactState( $email, 'subscribed', 0, 'the forgery changed nothing' );
		@unlink( $this->faults->cache_dir() . '/../forged-' . basename( $file ) ); // phpcs:ignore
	}

	/**
	 * Control for the test above: the very same planted file, owned by the
	 * PHP user with mode 0600, is trusted (the disk cache is as trusted as
	 * the PHP user's own files). So the refusals above come from the
	 * ownership and permission checks, not from something else.
	 */
	public function testControlTheSamePlantedFileWithSafeOwnerAndModeIsUsed(): void {
		$cert_id = Faults::fresh_cert_id();
		$url     = Faults::cert_url( $cert_id );
		$file    = $this->faults->cache_file( $url );
		$email   = $this->new_contact( 'cache-control' );
		file_put_contents( $file, Faults::cache_header( $url ) . file_get_contents( $this->site->pki( 'signing-cn-only.pem' ) ) );
		chmod( $file, 0600 );

		$r = $this->site->deliver( $this->signer( $cert_id, 'signing-cn-only.key' )->notification( self::TOPIC, SesPayload::permanent_bounce( $email ) ) );

		$this->assertAnswer( 200, $r, 'bounce', null, 'key read from a safe cache file' );
		$this->assertSame( array(), $this->faults->fetches( $cert_id ), 'served from the disk cache, nothing fetched' );
	}

	/** Delivers $n soft bounces signed for $cert_id, one after the other, each 200 and counted. */
	private function deliver_soft_bounces( string $cert_id, string $email, int $n ): void {
		$signer = $this->signer( $cert_id );
		for ( $i = 1; $i <= $n; $i++ ) {
			$r = $this->site->deliver( $signer->notification( self::TOPIC, SesPayload::transient_bounce( $email ) ) );
			$this->assertAnswer( 200, $r, 'bounce', null, "delivery #$i" );
		}
		$this->assertContactState( $email, $n >= 3 ? 'bounced' : 'subscribed', $n );
	}

	private function rmtree( string $dir ): void {
		if ( is_dir( $dir ) && ! is_link( $dir ) ) {
			foreach ( scandir( $dir ) ?: array() as $entry ) {
				if ( '.' !== $entry && '..' !== $entry ) {
					$this->rmtree( "$dir/$entry" );
				}
			}
			rmdir( $dir );
		} elseif ( file_exists( $dir ) || is_link( $dir ) ) {
			unlink( $dir );
		}
	}
}
