<?php
/**
 * What PHP itself shows of the extension: reflection, `php --re`, `php --ri`.
 */

declare(strict_types=1);

namespace QuillCRM\Tests\Sns;

/**
 * @group extension-only
 */
final class ReflectionTest extends ExtensionTestCase {
	public function testHandleFunctionHasTheDocumentedParameters(): void {
		$function = new \ReflectionFunction( 'quillcrm_sns_handle' );
		$params   = $function->getParameters();

		$this->assertTrue( $function->isInternal() );
		$this->assertSame( 'quillcrm_sns', $function->getExtensionName() );
		$this->assertSame( 2, $function->getNumberOfParameters() );
		$this->assertSame( 1, $function->getNumberOfRequiredParameters() );
		$this->assertSame( array( 'body', 'request' ), array_map( static fn( \ReflectionParameter $p ): string => $p->getName(), $params ) );
		$this->assertSame( 'string', (string) $params[0]->getType() );
		$this->assertFalse( $params[0]->isOptional() );
		$this->assertTrue( $params[1]->isOptional() );
		$this->assertSame( 'array', (string) $function->getReturnType() );
	}

	public function testRequestParameterIsANonNullableArrayDefaultingToEmpty(): void {
		// The product's API: quillcrm_sns_handle(string $body, array $request = []): array
		$request = ( new \ReflectionFunction( 'quillcrm_sns_handle' ) )->getParameters()[1];

		$this->assertSame( 'array', (string) $request->getType() );
		$this->assertFalse( $request->allowsNull() );
		$this->assertSame( array(), $request->getDefaultValue() );
	}

	public function testInfoFunctionTakesNoParameters(): void {
		$function = new \ReflectionFunction( 'quillcrm_sns_info' );

		$this->assertSame( 0, $function->getNumberOfParameters() );
		$this->assertSame( 'array', (string) $function->getReturnType() );
	}

	public function testExtensionListsItsFunctionsAndDirectives(): void {
		$extension = new \ReflectionExtension( 'quillcrm_sns' );

		$this->assertSame( array( 'quillcrm_sns_handle', 'quillcrm_sns_info', 'quillcrm_sns_is_topic_arn', 'quillcrm_sns_handle_queued', 'quillcrm_sns_is_queue_url', 'quillcrm_sns_queue_url_parts', 'quillcrm_sns_sqs', 'quillcrm_sns_aws_setup', 'quillcrm_sns_aws_doctor' ), array_keys( $extension->getFunctions() ) );
		// The engine lists directives set on the command line first: compared as a set.
		$directives = array_keys( $extension->getINIEntries() );
		sort( $directives );
		$this->assertSame( array( 'quillcrm_sns.cache_dir', 'quillcrm_sns.test_ca_file', 'quillcrm_sns.test_imds_endpoint', 'quillcrm_sns.test_resolve' ), $directives );
	}

	public function testPhpReShowsTheFunctionAndItsParameters(): void {
		$run = PhpProcess::run( array(), array( '--re', 'quillcrm_sns' ) );

		$this->assertSame( 0, $run['exit'], $run['stderr'] );
		$this->assertStringContainsString( 'function quillcrm_sns_handle', $run['stdout'] );
		$this->assertStringContainsString( 'string $body', $run['stdout'] );
		$this->assertStringContainsString( '$request', $run['stdout'] );
		$this->assertStringContainsString( 'Entry [ quillcrm_sns.test_ca_file <SYSTEM> ]', $run['stdout'] );
	}

	public function testPhpRiShowsVersionDirectivesAndTestTrustOn(): void {
		$ca      = (string) getenv( 'QUILLCRM_TEST_CA_FILE' );
		$resolve = (string) getenv( 'QUILLCRM_TEST_RESOLVE' );

		$run = PhpProcess::run(
			array( 'quillcrm_sns.cache_dir' => '/tmp/quillcrm-ri-test', 'quillcrm_sns.test_ca_file' => $ca, 'quillcrm_sns.test_resolve' => $resolve ),
			array( '--ri', 'quillcrm_sns' )
		);

		$this->assertSame( 0, $run['exit'], $run['stderr'] );
		$this->assertStringContainsString( 'version => ' . quillcrm_sns_info()['version'], $run['stdout'] );
		$this->assertMatchesRegularExpression( '/^test-only trust => ON\b.*NEVER USE IN PRODUCTION/m', $run['stdout'] );
		$this->assertStringContainsString( 'quillcrm_sns.cache_dir => /tmp/quillcrm-ri-test', $run['stdout'] );
		$this->assertStringContainsString( "quillcrm_sns.test_ca_file => $ca", $run['stdout'] );
		$this->assertStringContainsString( "quillcrm_sns.test_resolve => $resolve", $run['stdout'] );
	}

	public function testPhpRiSaysTestTrustOffWithoutTheDirectives(): void {
		$run = PhpProcess::run( array(), array( '--ri', 'quillcrm_sns' ) );

		$this->assertSame( 0, $run['exit'], $run['stderr'] );
		$this->assertMatchesRegularExpression( '/^test-only trust => off$/m', $run['stdout'] );
		$this->assertStringNotContainsString( 'configuration error', $run['stdout'] );
	}

	public function testPhpRiShowsAConfigurationError(): void {
		$run = PhpProcess::run( array( 'quillcrm_sns.test_resolve' => 'not-a-resolve-entry' ), array( '--ri', 'quillcrm_sns' ) );

		$this->assertSame( 0, $run['exit'], $run['stderr'] );
		$this->assertMatchesRegularExpression( '/^configuration error => quillcrm_sns\.test_resolve is invalid/m', $run['stdout'] );
	}
}
