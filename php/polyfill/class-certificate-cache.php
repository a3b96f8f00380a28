<?php
/**
 * Signing keys kept between deliveries: in this PHP process, and, inside
 * WordPress, in a non-autoloaded option holding only certificates that
 * passed every check, checked in full again whenever read. A certificate
 * fetched under test-only trust is never read back under production trust.
 *
 * @package QuillCRM\Sns\Polyfill
 */

namespace QuillCRM\Sns\Polyfill;

/**
 * Mirrors src/certificate_cache.rs; the option plays the disk cache's part.
 */
final class CertificateCache {

	/** How many certificate URLs are kept in this process. */
	private const CAPACITY = 64;

	/** The option of verified certificates: URL => {trust, pem}, as fetched. */
	public const OPTION = 'quillcrm_sns_polyfill_certificates';

	/** @var array<string, SigningKey> */
	private array $keys = array();

	/** The trust certificates are fetched under: 'production' or 'test-only trust'. */
	private string $trust;

	/**
	 * @param bool $test_trust Whether test-only trust is on.
	 */
	public function __construct( bool $test_trust ) {
		$this->trust = $test_trust ? 'test-only trust' : 'production';
	}

	/** How many certificate URLs are held in memory. */
	public function url_count(): int {
		return count( $this->keys );
	}

	/**
	 * The checked key of $url, from memory, the option or the network:
	 * [key, origin memory|disk|network].
	 *
	 * @param string      $url    A certificate URL that passed the policy.
	 * @param string      $region Its region.
	 * @param HttpsClient $client The network.
	 * @param int         $now    The clock.
	 * @param bool        $network_only Bypass both caches (a stored key did not verify).
	 * @return array{0: SigningKey, 1: string}
	 * @throws Failure When the certificate cannot be had or fails a check.
	 */
	public function key_for( string $url, string $region, HttpsClient $client, int $now, bool $network_only = false ): array {
		if ( ! $network_only && isset( $this->keys[ $url ] ) && $now <= $this->keys[ $url ]->not_after ) {
			return array( $this->keys[ $url ], 'memory' );
		}
		unset( $this->keys[ $url ] );
		if ( ! $network_only ) {
			$stored = self::stored()[ $url ] ?? null;
			if ( is_array( $stored ) && $this->trust === ( $stored['trust'] ?? null ) && is_string( $stored['pem'] ?? null ) ) {
				try {
					$key = SigningKey::from_pem( $stored['pem'], $region );
					if ( $now <= $key->not_after ) {
						$this->remember( $url, $key, $now );
						return array( $key, 'disk' );
					}
				} catch ( Failure $ignored ) {
					unset( $ignored ); // A stored certificate that fails is fetched again.
				}
			}
		}
		$pem = $client->fetch_certificate( $url );
		$key = SigningKey::from_pem( $pem, $region );
		$this->store( $url, $pem );
		$this->remember( $url, $key, $now );
		return array( $key, 'network' );
	}

	private function remember( string $url, SigningKey $key, int $now ): void {
		if ( count( $this->keys ) >= self::CAPACITY ) {
			$this->keys = array_filter( $this->keys, static fn( SigningKey $kept ): bool => $now <= $kept->not_after );
			if ( count( $this->keys ) >= self::CAPACITY ) {
				array_shift( $this->keys );
			}
		}
		$this->keys[ $url ] = $key;
	}

	/** @return array<string, mixed> The stored certificates (none outside WordPress). */
	private static function stored(): array {
		if ( ! function_exists( 'get_option' ) ) {
			return array();
		}
		$stored = get_option( self::OPTION, array() );
		return is_array( $stored ) ? $stored : array();
	}

	/** Keeps a certificate that passed every check (a failure only costs a refetch). */
	private function store( string $url, string $pem ): void {
		if ( ! function_exists( 'update_option' ) ) {
			return;
		}
		$stored         = self::stored();
		$stored[ $url ] = array(
			'trust' => $this->trust,
			'pem'   => $pem,
		);
		update_option( self::OPTION, array_slice( $stored, -self::CAPACITY, null, true ), false );
	}
}
