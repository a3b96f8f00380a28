<?php
/**
 * Reading and posting the plugin's admin screens over HTTP, as a logged-in
 * admin: the page, an element's text, a form's nonce, a post to
 * admin-post.php.
 */

declare(strict_types=1);

namespace QuillCRM\E2E;

final class AdminPage {
	private Site $site;
	private string $jar;

	public function __construct( Site $site ) {
		$this->site = $site;
		$this->jar  = $site->admin_cookie_jar();
	}

	/** The Bounce Handling settings page's HTML (with extra query arguments). */
	public function settings( string $query = '' ): string {
		$page = $this->site->request( 'GET', $this->site->settings_url() . ( '' === $query ? '' : '&' . $query ), '', array(), $this->jar );
		if ( 200 !== $page['status'] ) {
			throw new \RuntimeException( 'the settings page answered HTTP ' . $page['status'] );
		}
		return $page['body'];
	}

	/**
	 * Any wp-admin page's HTML, as the admin (a path below /wp-admin/).
	 *
	 * @return array{status:int, body:string, json:?array<string,mixed>, headers:array<string,string>}
	 */
	public function get( string $path ): array {
		return $this->site->request( 'GET', $this->site->url( '/wp-admin/' . ltrim( $path, '/' ) ), '', array(), $this->jar );
	}

	/**
	 * POSTs form fields to a wp-admin path (admin-ajax.php, admin-post.php) as the admin.
	 *
	 * @param array<string, mixed> $fields
	 * @return array{status:int, body:string, json:?array<string,mixed>, headers:array<string,string>}
	 */
	public function post_to( string $path, array $fields ): array {
		return $this->site->request(
			'POST',
			$this->site->url( '/wp-admin/' . ltrim( $path, '/' ) ),
			http_build_query( $fields ),
			array( 'Content-Type: application/x-www-form-urlencoded' ),
			$this->jar
		);
	}

	/**
	 * Posts a form of the page to admin-post.php, with that form's nonce.
	 *
	 * @param array<string, mixed> $fields The other fields.
	 * @return array{status:int, body:string, json:?array<string,mixed>, headers:array<string,string>}
	 */
	public function post( string $html, string $action, array $fields ): array {
		return $this->site->request(
			'POST',
			$this->site->url( '/wp-admin/admin-post.php' ),
			http_build_query( array( 'action' => $action, '_wpnonce' => self::nonce( $html, $action ) ) + $fields ),
			array( 'Content-Type: application/x-www-form-urlencoded' ),
			$this->jar
		);
	}

	/** The nonce of the (first) form that posts $action. */
	public static function nonce( string $html, string $action ): string {
		$xp   = new \DOMXPath( self::document( $html ) );
		$node = $xp->query( "//form[.//input[@name='action' and @value='$action']]//input[@name='_wpnonce']" )->item( 0 );
		if ( null === $node ) {
			throw new \RuntimeException( "no form posting $action on the page" );
		}
		return (string) $node->getAttribute( 'value' );
	}

	/** Text content of the element with this id, white space folded; null when absent. */
	public static function text( string $html, string $id ): ?string {
		$el = self::document( $html )->getElementById( $id );
		return null === $el ? null : trim( (string) preg_replace( '/\s+/', ' ', $el->textContent ) );
	}

	public static function document( string $html ): \DOMDocument {
		$doc  = new \DOMDocument();
		$prev = libxml_use_internal_errors( true );
		$doc->loadHTML( $html );
		libxml_clear_errors();
		libxml_use_internal_errors( $prev );
		return $doc;
	}
}
